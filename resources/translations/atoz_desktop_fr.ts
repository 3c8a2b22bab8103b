<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ClaimActions</name>
    <message>
        <location filename="../../atoz_desktop/gui/claim_actions.py" line="+44"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New Claim…</source>
        <translation>&amp;Nouvelle réclamation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open an A-to-z claim on an order</source>
        <translation>Ouvrir une réclamation A à Z sur une commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Event…</source>
        <translation>&amp;Ajouter un événement…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Event…</source>
        <translation>&amp;Modifier l’événement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Event</source>
        <translation>&amp;Supprimer l’événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Message to Buyer…</source>
        <translation>Message à l’a&amp;cheteur…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;Status</source>
        <translation>Changer le &amp;statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Policies…</source>
        <translation>&amp;Règles et délais…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Claim opened.</source>
        <translation>Réclamation ouverte.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Entries taken from the order cannot be changed here.</source>
        <translation>Les entrées issues de la commande ne se modifient pas ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A status change is undone with Edit › Undo (Ctrl+Z).</source>
        <translation>Un changement de statut s’annule par Édition › Annuler (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Event deleted. Edit › Undo (Ctrl+Z) puts it back.</source>
        <translation>Événement supprimé. Édition › Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Policies saved; they apply to claims filed from now on.</source>
        <translation>Règles enregistrées ; elles s’appliquent aux réclamations déposées à partir de maintenant.</translation>
    </message>
</context>
<context>
    <name>ClaimDetailPane</name>
    <message>
        <location filename="../../atoz_desktop/gui/claim_detail.py" line="+97"/>
        <source>Amount claimed:</source>
        <extracomment>Header countdown colours: amber under 24 h, red once overdue.</extracomment>
        <translation>Montant réclamé :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order:</source>
        <translation>Commande :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer:</source>
        <translation>Acheteur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed:</source>
        <translation>Déposée le :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest delivery:</source>
        <translation>Livraison au plus tard :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel:</source>
        <translation>Canal :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change Status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add Event…</source>
        <translation>Ajouter un événement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message to Buyer…</source>
        <translation>Message à l’acheteur…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter edits an entry, Delete removes it, Space shows its whole text</source>
        <translation>Entrée modifie une entrée, Suppr la supprime, Espace affiche tout son texte</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Show this order</source>
        <translation>Afficher cette commande</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Record Amazon&apos;s or the buyer&apos;s move on this claim</source>
        <translation>Enregistrer une décision d’Amazon ou de l’acheteur sur cette réclamation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This claim is closed: no further status</source>
        <translation>Cette réclamation est close : aucun autre statut possible</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Appeal by {when} ({countdown})</source>
        <translation>Faire appel avant le {when} ({countdown})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Respond by {when} ({countdown})</source>
        <translation>Répondre avant le {when} ({countdown})</translation>
    </message>
    <message>
        <source>Response was due {when} ({countdown})</source>
        <translation type="vanished">Réponse attendue le {when} ({countdown})</translation>
    </message>
    <message>
        <source>Respond by {when} ({countdown} left)</source>
        <translation type="vanished">Répondre avant le {when} (reste {countdown})</translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <location filename="../../atoz_desktop/gui/composer_dialog.py" line="+44"/>
        <source>Message to the Buyer</source>
        <translation>Message à l’acheteur</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Say you are sorry the buyer is dissatisfied, never sorry for the problem: that would admit a fault. Edit the draft freely.</source>
        <translation>Dites que vous regrettez l’insatisfaction de l’acheteur, jamais le problème lui-même : ce serait reconnaître une faute. Modifiez librement le brouillon.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Offer:</source>
        <translation>&amp;Offre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Copier dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark as Sent</source>
        <translation>Marquer comme &amp;envoyé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record this message on the claim&apos;s timeline once you have sent it</source>
        <translation>Inscrire ce message dans la chronologie de la réclamation une fois envoyé</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Give a positive amount for a refund (optional for a replacement).</source>
        <translation>Indiquez un montant positif pour un remboursement (facultatif pour un remplacement).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
</context>
<context>
    <name>CoverageCombo</name>
    <message>
        <location filename="../../atoz_desktop/gui/order_detail.py" line="+50"/>
        <source>Covered by the guarantee</source>
        <translation>Couvert par la garantie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Digital items, services, gift cards and subscriptions are not covered</source>
        <translation>Les articles numériques, services, cartes cadeaux et abonnements ne sont pas couverts</translation>
    </message>
</context>
<context>
    <name>DueBanner</name>
    <message>
        <location filename="../../atoz_desktop/gui/due_banner.py" line="+62"/>
        <source>Hide until another claim falls due</source>
        <extracomment>More than this many claims are summed up as &quot;and N more&quot;.</extracomment>
        <translation>Masquer jusqu’à la prochaine échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{count} claim(s) to answer within 24 h, {overdue} overdue:</source>
        <translation>Réclamations à traiter sous 24 h : {count}, dont {overdue} en retard :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} claim(s) to answer within 24 h:</source>
        <translation>Réclamations à traiter sous 24 h : {count} :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{order_id} · {left}</source>
        <translation>{order_id} · {left}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>and {count} more</source>
        <translation>et {count} autres</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <location filename="../../atoz_desktop/gui/policies_dialog.py" line="+59"/>
        <source>none</source>
        <extracomment>Durations a policy may leave unset (Amazon Pay has no claim window and no appeal). Shown in the dialog; the ODR window goes with the ODR target, which is not edited here.</extracomment>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../atoz_desktop/gui/event_dialog.py" line="+59"/>
        <source>Edit Event</source>
        <extracomment>Whose words an entry of each kind usually records; the author field starts with it.</extracomment>
        <translation>Modifier l’événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Event</source>
        <translation>Ajouter un événement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What was said or done, pasted as it is</source>
        <translation>Ce qui a été dit ou fait, collé tel quel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Author:</source>
        <translation>A&amp;uteur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Offer:</source>
        <translation>&amp;Offre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mount:</source>
        <translation>Mon&amp;tant :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Carrier:</source>
        <translation>Trans&amp;porteur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;racking number:</source>
        <translation>N° de s&amp;uivi :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>“{text}” is not an amount.</source>
        <translation>« {text} » n’est pas un montant.</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <location filename="../../atoz_desktop/gui/claim_findings.py" line="+63"/>
        <source>Nothing to point out yet.</source>
        <translation>Rien à signaler pour l’instant.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../atoz_desktop/gui/main_window.py" line="+201"/>
        <source>Cancel</source>
        <extracomment>Milliseconds between the last keystroke in the search box and the query. The clock of every countdown (tests pass a fixed one).</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Orders…</source>
        <translation>&amp;Importer des commandes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Amazon order reports (All Orders, Unshipped, FBA Shipments)</source>
        <translation>Importer des rapports de commandes Amazon (toutes les commandes, non expédiées, expéditions FBA)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Skip Bad Rows on Import</source>
        <translation>&amp;Ignorer les lignes erronées à l’import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the good rows of a report and list the bad ones, instead of refusing it</source>
        <translation>Importer les lignes correctes d’un rapport et lister les lignes erronées, au lieu de le refuser</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Claims</source>
        <translation>&amp;Réclamations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About A-to-Z Desk</source>
        <translation>À &amp;propos d’A-to-Z Desk</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A-to-Z Desk — {workspace}</source>
        <translation>A-to-Z Desk — {workspace}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (demo)</source>
        <translation> (démo)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Search orders: id, buyer, city, postal code, SKU, ASIN, product, tracking…</source>
        <translation>Rechercher des commandes : n°, acheteur, ville, code postal, SKU, ASIN, produit, suivi…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search claims: order id, buyer, reason…</source>
        <translation>Rechercher des réclamations : n° de commande, acheteur, motif…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No order matches “{search}”.</source>
        <translation>Aucune commande ne correspond à « {search} ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No orders yet.

Drop an Amazon order report here (All Orders, Unshipped Orders or FBA Amazon Fulfilled Shipments), or choose File › Import Orders… (Ctrl+I).</source>
        <translation>Aucune commande pour l’instant.

Déposez ici un rapport de commandes Amazon (toutes les commandes, commandes non expédiées ou expéditions FBA), ou choisissez Fichier › Importer des commandes… (Ctrl+I).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No claim in this view matches “{search}”.</source>
        <translation>Aucune réclamation de cette vue ne correspond à « {search} ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to answer right now.

New A-to-z claims appear here with the time left to respond, nearest deadline first.</source>
        <translation>Rien à traiter pour l’instant.

Les nouvelles réclamations A à Z apparaissent ici avec le temps restant pour répondre, l’échéance la plus proche en premier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No claim is waiting for Amazon&apos;s decision.

Claims you have answered appear here until Amazon decides.</source>
        <translation>Aucune réclamation n’attend la décision d’Amazon.

Les réclamations auxquelles vous avez répondu apparaissent ici jusqu’à la décision d’Amazon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No decided claim can be appealed.

Claims granted against you appear here while you can still appeal.</source>
        <translation>Aucune réclamation tranchée ne peut faire l’objet d’un recours.

Les réclamations accordées contre vous apparaissent ici tant que vous pouvez faire appel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No claims yet — good news.

Claims you record appear here, nearest response deadline first.</source>
        <translation>Aucune réclamation — bonne nouvelle.

Les réclamations enregistrées apparaissent ici, l’échéance de réponse la plus proche en premier.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Select an order to see its items, amounts, delivery address and shipments.</source>
        <translation>Sélectionnez une commande pour voir ses articles, ses montants, son adresse de livraison et ses expéditions.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported orders appear here in detail.</source>
        <translation>Le détail des commandes importées s’affiche ici.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a claim to see its deadline, its order and what to do next.</source>
        <translation>Sélectionnez une réclamation pour voir son échéance, sa commande et la marche à suivre.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>New Claim on This Order…</source>
        <translation>Nouvelle réclamation sur cette commande…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Order {order_id} is not in this workspace; import its report.</source>
        <translation>La commande {order_id} n’est pas dans cet espace de travail ; importez son rapport.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Import Amazon Order Reports</source>
        <translation>Importer des rapports de commandes Amazon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amazon reports (*.txt *.tsv *.csv);;All files (*)</source>
        <translation>Rapports Amazon (*.txt *.tsv *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>An import is already running; wait for it or cancel it.</source>
        <translation>Un import est déjà en cours ; attendez la fin ou annulez-le.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing {files}…</source>
        <translation>Import de {files}…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Imported {orders} orders ({updated} updated) from {files}</source>
        <translation>{orders} commandes importées ({updated} mises à jour) depuis {files}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; {count} bad rows skipped</source>
        <translation> ; {count} lignes erronées ignorées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; {count} warnings</source>
        <translation> ; {count} avertissements</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rows Skipped</source>
        <translation>Lignes ignorées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message}.

These rows were not imported:</source>
        <translation>{message}.

Ces lignes n’ont pas été importées :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported with Remarks</source>
        <translation>Importé avec des remarques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message}.</source>
        <translation>{message}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was imported: {count} bad rows in {files}. Correct them in the file and import again, or import the other rows and skip these.</source>
        <translation>Rien n’a été importé : {count} lignes erronées dans {files}. Corrigez-les dans le fichier et importez à nouveau, ou importez les autres lignes en ignorant celles-ci.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import Refused</source>
        <translation>Import refusé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import annulé ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import failed.</source>
        <translation>L’import a échoué.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Failed</source>
        <translation>Échec de l’import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import stopped on an unexpected error; nothing was changed.

{error}</source>
        <translation>L’import s’est arrêté sur une erreur inattendue ; rien n’a été modifié.

{error}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>About A-to-Z Desk</source>
        <translation>À propos d’A-to-Z Desk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} {version}

A case manager for sellers defending Amazon A-to-z Guarantee claims.

Workspace: {workspace}</source>
        <translation>{name} {version}

Un gestionnaire de dossiers pour les vendeurs qui défendent les réclamations au titre de la Garantie A à Z d’Amazon.

Espace de travail : {workspace}</translation>
    </message>
</context>
<context>
    <name>NewClaimDialog</name>
    <message>
        <location filename="../../atoz_desktop/gui/claim_dialog.py" line="+80"/>
        <source>New Claim</source>
        <translation>Nouvelle réclamation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 402-1234567-1234567</source>
        <translation>ex. 402-1234567-1234567</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+8"/>
        <source>Known:</source>
        <translation>Connue :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Order id:</source>
        <translation>N° de &amp;commande :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Buyer:</source>
        <translation>&amp;Acheteur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount &amp;claimed:</source>
        <translation>Montant &amp;réclamé :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order &amp;placed on:</source>
        <translation>Commande &amp;passée le :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Filed on:</source>
        <translation>&amp;Déposée le :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Latest delivery:</source>
        <translation>&amp;Livraison au plus tard :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Claim</source>
        <translation>Ouvrir la réclamation</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not an imported order (an Amazon Pay order, for instance): give the buyer, the amount and its currency.</source>
        <translation>Commande non importée (une commande Amazon Pay, par exemple) : indiquez l’acheteur, le montant et sa devise.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{buyer} · {total} · ordered {date}</source>
        <translation>{buyer} · {total} · commandé le {date}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Give the order id of the claim.</source>
        <translation>Indiquez le numéro de commande de la réclamation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{text}” is not an amount.</source>
        <translation>« {text} » n’est pas un montant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This order is not imported: give the amount claimed and its currency.</source>
        <translation>Cette commande n’est pas importée : indiquez le montant réclamé et sa devise.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An amount cannot be negative.</source>
        <translation>Un montant ne peut pas être négatif.</translation>
    </message>
</context>
<context>
    <name>OrderDetailPane</name>
    <message>
        <location filename="../../atoz_desktop/gui/order_detail.py" line="+35"/>
        <source>New Claim…</source>
        <translation>Nouvelle réclamation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an A-to-z claim on this order</source>
        <translation>Ouvrir une réclamation A à Z sur cette commande</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Purchased:</source>
        <translation>Achetée le :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total:</source>
        <translation>Total :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest delivery:</source>
        <translation>Livraison au plus tard :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketplace:</source>
        <translation>Place de marché :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fulfilment:</source>
        <translation>Expédition par :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer:</source>
        <translation>Acheteur :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ship to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shipments</source>
        <translation>Expéditions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No shipment recorded yet. Import the FBA Amazon Fulfilled Shipments report to add carriers and tracking numbers.</source>
        <translation>Aucune expédition enregistrée. Importez le rapport des expéditions traitées par Amazon (FBA) pour ajouter transporteurs et numéros de suivi.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Order {order_id}</source>
        <translation>Commande {order_id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not given by the report</source>
        <translation>Non indiquée par le rapport</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No address</source>
        <translation>Pas d’adresse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{quantity} × {product}  —  {price}</source>
        <translation>{quantity} × {product}  —  {price}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SKU {sku}</source>
        <translation>SKU {sku}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ASIN {asin}</source>
        <translation>ASIN {asin}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>shipping {amount}</source>
        <translation>livraison {amount}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>discount {amount}</source>
        <translation>remise {amount}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown carrier</source>
        <translation>Transporteur inconnu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shipped {when}</source>
        <translation>expédiée le {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected {when}</source>
        <translation>attendue le {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>delivered {when}</source>
        <translation>livrée le {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signed for</source>
        <translation>remise contre signature</translation>
    </message>
</context>
<context>
    <name>PoliciesDialog</name>
    <message>
        <location filename="../../atoz_desktop/gui/policies_dialog.py" line="+36"/>
        <source>Policies</source>
        <translation>Règles et délais</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The deadlines Amazon gives sellers. Amazon&apos;s own pages disagree on some of them, so check yours in Seller Central. Saving starts a new version from now: claims already filed keep the deadlines they were filed under.</source>
        <translation>Les délais qu’Amazon accorde aux vendeurs. Les pages d’Amazon se contredisent sur certains : vérifiez les vôtres dans Seller Central. Enregistrer crée une nouvelle version en vigueur dès maintenant : les réclamations déjà déposées gardent leurs délais.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your &amp;time zone (days count in it):</source>
        <translation>Votre &amp;fuseau horaire (pour compter les jours) :</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>“{zone}” is not a time zone.</source>
        <translation>« {zone} » n’est pas un fuseau horaire.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../atoz_desktop/gui/problems_dialog.py" line="+50"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import the Rest, Skipping These Rows</source>
        <translation>Importer le reste, sans ces lignes</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../atoz_desktop/gui/sidebar.py" line="+93"/>
        <source>Claims</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../atoz_desktop/gui/timeline.py" line="+95"/>
        <source>Status: {before} → {after}</source>
        <extracomment>Role giving an entry&apos;s `EventView`. A collapsed entry shows at most this many characters and lines of its text.</extracomment>
        <translation>Statut : {before} → {after}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>from the order</source>
        <translation>issu de la commande</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Click or press Space to show the whole text</source>
        <translation>Cliquez ou appuyez sur Espace pour afficher tout le texte</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../atoz_desktop/gui/app.py" line="+79"/>
        <source>Cannot Open the Workspace</source>
        <translation>Impossible d’ouvrir l’espace de travail</translation>
    </message>
</context>
<context>
    <name>claim_commands</name>
    <message>
        <location filename="../../atoz_desktop/gui/claim_commands.py" line="+77"/>
        <source>New claim</source>
        <translation>Nouvelle réclamation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add “{kind}”</source>
        <translation>Ajouter « {kind} »</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit “{kind}”</source>
        <translation>Modifier « {kind} »</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete “{kind}”</source>
        <translation>Supprimer « {kind} »</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Status “{status}”</source>
        <translation>Statut « {status} »</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Mark item coverage</source>
        <translation>Couverture de l’article</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../atoz_desktop/gui/formatting.py" line="+103"/>
        <source>{days} d {hours} h</source>
        <translation>{days} j {hours} h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>overdue {span}</source>
        <translation>retard {span}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../atoz_desktop/gui/labels.py" line="+8"/>
        <location line="+31"/>
        <source>Action required</source>
        <extracomment>Sidebar entries: the claim views of `core.rules.claims.CLAIM_VIEWS`, then the order list.</extracomment>
        <translation>Action requise</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+31"/>
        <source>Under review</source>
        <translation>En cours d’examen</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denied</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted, seller-funded</source>
        <translation>Accordée, à la charge du vendeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted, Amazon-funded</source>
        <translation>Accordée, à la charge d’Amazon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed, seller refunded</source>
        <translation>Close, remboursée par le vendeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal filed</source>
        <translation>Recours déposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal upheld</source>
        <translation>Décision maintenue après recours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal reversed</source>
        <translation>Décision annulée après recours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item not received</source>
        <translation>Article non reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late delivery</source>
        <translation>Livraison en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged or defective</source>
        <translation>Endommagé ou défectueux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not as described</source>
        <translation>Non conforme à la description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return not refunded</source>
        <translation>Retour non remboursé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return refused</source>
        <translation>Retour refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International return</source>
        <translation>Retour international</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected charges</source>
        <translation>Frais imprévus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overcharged</source>
        <translation>Montant facturé excessif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amazon marketplace</source>
        <translation>Place de marché Amazon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon Pay</source>
        <translation>Amazon Pay</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Option to appeal</source>
        <translation>Recours possible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All claims</source>
        <translation>Toutes les réclamations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Message from the buyer</source>
        <extracomment>Timeline entries: the kinds a user records, the program&apos;s status changes and the entries taken from the order (its purchase and shipments).</extracomment>
        <translation>Message de l’acheteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message to the buyer</source>
        <translation>Message à l’acheteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice from Amazon</source>
        <translation>Avis d’Amazon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Expédié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In transit</source>
        <translation>En transit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered, signed for</source>
        <translation>Livré contre signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Retourné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer to the buyer</source>
        <translation>Offre à l’acheteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter-offer</source>
        <translation>Contre-proposition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer accepted</source>
        <translation>L’acheteur a accepté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer declined</source>
        <translation>L’acheteur a refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon&apos;s decision</source>
        <translation>Décision d’Amazon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund outside the claim</source>
        <translation>Remboursement hors réclamation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chargeback</source>
        <translation>Rétrofacturation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>Statut modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full refund</source>
        <translation>Remboursement intégral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial refund</source>
        <translation>Remboursement partiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not covered: digital item</source>
        <translation>Non couvert : article numérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not covered: service</source>
        <translation>Non couvert : service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not covered: gift card or stored value</source>
        <translation>Non couvert : carte cadeau ou valeur stockée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not covered: subscription</source>
        <translation>Non couvert : abonnement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Strong point</source>
        <translation>Point fort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak point</source>
        <translation>Point faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar days</source>
        <translation>jours calendaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>business days</source>
        <translation>jours ouvrés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buyer must wait for the seller</source>
        <translation>Délai laissé au vendeur avant réclamation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seller&apos;s response deadline</source>
        <translation>Délai de réponse du vendeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim window after latest delivery</source>
        <translation>Délai de réclamation après la livraison prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-receipt claim opens after latest delivery</source>
        <translation>Réclamation pour non-réception ouverte après la livraison prévue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…or after the order</source>
        <translation>…ou après la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal window after the decision</source>
        <translation>Délai d’appel après la décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chargeback response deadline</source>
        <translation>Délai de réponse à une rétrofacturation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ODR window</source>
        <translation>Période du taux de défauts</translation>
    </message>
</context>
<context>
    <name>table_models</name>
    <message>
        <location filename="../../atoz_desktop/gui/table_models.py" line="+215"/>
        <location line="+41"/>
        <source>Order</source>
        <extracomment>Role giving a row&apos;s database id (int), for views that open the selected order or claim.</extracomment>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Purchased</source>
        <translation>Achetée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+39"/>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketplace</source>
        <translation>Place de marché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fulfilment</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Appeal by {when}</source>
        <translation>Faire appel avant le {when}</translation>
    </message>
    <message>
        <source>Respond within</source>
        <translation type="vanished">Répondre sous</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filed</source>
        <translation>Déposée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Answer by {when}</source>
        <extracomment>How often the countdowns are repainted.</extracomment>
        <translation>Répondre avant le {when}</translation>
    </message>
</context>
</TS>
