<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ClaimDetailPane</name>
    <message>
        <location filename="../../atoz_desktop/gui/claim_detail.py" line="+74"/>
        <source>Amount claimed:</source>
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
        <source>Channel:</source>
        <translation>Canal :</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show this order</source>
        <translation>Afficher cette commande</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Response was due {when} ({countdown})</source>
        <translation>Réponse attendue le {when} ({countdown})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Respond by {when} ({countdown} left)</source>
        <translation>Répondre avant le {when} (reste {countdown})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../atoz_desktop/gui/main_window.py" line="+182"/>
        <source>Cancel</source>
        <extracomment>Milliseconds between the last keystroke in the search box and the query.</extracomment>
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
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About A-to-Z Desk</source>
        <translation>À &amp;propos d’A-to-Z Desk</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <location line="+9"/>
        <source>Select a claim to see its deadline, its order and what to do next.</source>
        <translation>Sélectionnez une réclamation pour voir son échéance, sa commande et la marche à suivre.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order {order_id} is not in this workspace; import its report.</source>
        <translation>La commande {order_id} n’est pas dans cet espace de travail ; importez son rapport.</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+5"/>
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
    <name>OrderDetailPane</name>
    <message>
        <location filename="../../atoz_desktop/gui/order_detail.py" line="+65"/>
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
        <location line="+15"/>
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
        <location line="+12"/>
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
    <name>app</name>
    <message>
        <location filename="../../atoz_desktop/gui/app.py" line="+85"/>
        <source>Cannot Open the Workspace</source>
        <translation>Impossible d’ouvrir l’espace de travail</translation>
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
</context>
<context>
    <name>table_models</name>
    <message>
        <location filename="../../atoz_desktop/gui/table_models.py" line="+216"/>
        <location line="+41"/>
        <source>Order</source>
        <extracomment>Role giving a row&apos;s database id (int), for views that open the selected order or claim. Statuses in which the response deadline is the seller&apos;s to meet, so it counts down.</extracomment>
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
        <source>Respond within</source>
        <translation>Répondre sous</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+77"/>
        <source>Answer by {when}</source>
        <extracomment>How often the countdowns are repainted.</extracomment>
        <translation>Répondre avant le {when}</translation>
    </message>
</context>
</TS>
