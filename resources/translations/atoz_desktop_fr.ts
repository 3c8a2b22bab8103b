<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../atoz_desktop/gui/workspace/backup_actions.py" line="+79"/>
        <source>Back &amp;Up Workspace…</source>
        <extracomment>False when the window closes only to show the same workspace again (after a restore). What the runner does now: &quot;backup&quot; or &quot;restore&quot;.</extracomment>
        <translation>&amp;Sauvegarder l’espace de travail…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the whole workspace, evidence included, into one checked file</source>
        <translation>Écrire tout l’espace de travail, pièces comprises, dans un seul fichier vérifié</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace this workspace by a backup file, after backing it up</source>
        <translation>Remplacer cet espace de travail par un fichier de sauvegarde, après l’avoir sauvegardé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Backups…</source>
        <translation>Sau&amp;vegardes…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{workspace} backup {date}</source>
        <translation>{workspace} sauvegarde {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back Up Workspace</source>
        <translation>Sauvegarder l’espace de travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A-to-Z Desk backups (*.sqlite3)</source>
        <translation>Sauvegardes A-to-Z Desk (*.sqlite3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backing up the workspace to {file}…</source>
        <translation>Sauvegarde de l’espace de travail dans {file}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workspace was backed up to {file} ({size}).</source>
        <translation>L’espace de travail a été sauvegardé dans {file} ({size}).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Verified: the copy&apos;s database passed its integrity check, and its %n stored file(s) match their SHA-256.</source>
        <translation>
            <numerusform>Vérifié : la base de données de la copie a passé son contrôle d’intégrité, et son %n fichier stocké correspond à son SHA-256.</numerusform>
            <numerusform>Vérifié : la base de données de la copie a passé son contrôle d’intégrité, et ses %n fichiers stockés correspondent à leur SHA-256.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verified: the copy&apos;s database passed its integrity check (it holds no stored file yet).</source>
        <translation>Vérifié : la base de données de la copie a passé son contrôle d’intégrité (elle ne contient encore aucun fichier stocké).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Workspace Backed Up</source>
        <translation>Espace de travail sauvegardé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backed up to {file}.</source>
        <translation>Sauvegardé dans {file}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+183"/>
        <source>Backup Failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>The workspace was not backed up.</source>
        <translation>L’espace de travail n’a pas été sauvegardé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore a Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A-to-Z Desk backups (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Sauvegardes A-to-Z Desk (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replace the workspace {workspace} by the backup {file}?</source>
        <translation>Remplacer l’espace de travail {workspace} par la sauvegarde {file} ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup, of {date}, holds {orders}, {claims} and {evidence}.</source>
        <translation>La sauvegarde, du {date}, contient {orders}, {claims} et {evidence}.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%Ln commande</numerusform>
            <numerusform>%Ln commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%Ln réclamation</numerusform>
            <numerusform>%Ln réclamations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n pièce</numerusform>
            <numerusform>%n pièces</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything now in the workspace is replaced. A backup of it is made first, in {folder}.</source>
        <translation>Tout ce que contient l’espace de travail est remplacé. Une sauvegarde en est faite d’abord, dans {folder}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close any other window open on this workspace first: it would show the restored workspace, but its Undo would apply to it.</source>
        <translation>Fermez d’abord toute autre fenêtre ouverte sur cet espace de travail : elle afficherait l’espace restauré, mais son Annuler s’y appliquerait.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore the Workspace?</source>
        <translation>Restaurer l’espace de travail ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot Restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+32"/>
        <source>The workspace was left as it was.</source>
        <translation>L’espace de travail a été laissé tel quel.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Restoring the workspace from {file}…</source>
        <translation>Restauration de l’espace de travail depuis {file}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace {workspace} was restored from {file}.</source>
        <translation>L’espace de travail {workspace} a été restauré depuis {file}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace as it was is kept in {file}.</source>
        <translation>L’espace de travail tel qu’il était est gardé dans {file}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Workspace Restored</source>
        <translation>Espace de travail restauré</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore Failed</source>
        <translation>Échec de la restauration</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Backing up the workspace…</source>
        <translation>Sauvegarde de l’espace de travail…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backing up the workspace before closing…</source>
        <translation>Sauvegarde de l’espace de travail avant la fermeture…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The automatic backup made when the window closes failed.</source>
        <translation>La sauvegarde automatique faite à la fermeture de la fenêtre a échoué.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../atoz_desktop/gui/workspace/backups_dialog.py" line="+28"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None (no backup on closing)</source>
        <translation>Aucune (pas de sauvegarde à la fermeture)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When the window closes, a workspace that changed is backed up, and only the newest backups are kept. A workspace is also backed up before this program updates it and before a restore replaces it.</source>
        <translation>À la fermeture de la fenêtre, un espace de travail modifié est sauvegardé, et seules les sauvegardes les plus récentes sont gardées. Un espace de travail est aussi sauvegardé avant que ce programme le mette à jour et avant qu’une restauration le remplace.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backups to keep:</source>
        <translation>Sauvegardes à garder :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
</context>
<context>
    <name>ClaimActions</name>
    <message>
        <location filename="../../atoz_desktop/gui/claims/actions.py" line="+51"/>
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
        <location line="+5"/>
        <source>&amp;Edit Event…</source>
        <translation>&amp;Modifier l’événement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the timeline&apos;s selected entry (Enter)</source>
        <translation>Modifier l&apos;entrée sélectionnée de l&apos;historique (Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Event</source>
        <translation>&amp;Supprimer l’événement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the timeline&apos;s selected entry (Delete); Ctrl+Z puts it back</source>
        <translation>Supprimer l&apos;entrée sélectionnée de l&apos;historique (Suppr) ; Ctrl+Z la rétablit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Message to Buyer…</source>
        <translation>Message à l’a&amp;cheteur…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;Status</source>
        <translation>Changer le &amp;statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De&amp;lete Claim…</source>
        <translation>Supp&amp;rimer la réclamation…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the claim with its timeline and evidence (Edit › Undo puts it back)</source>
        <translation>Supprimer la réclamation avec sa chronologie et ses preuves (Édition › Annuler la rétablit)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Policies…</source>
        <translation>&amp;Règles et délais…</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Claim opened.</source>
        <translation>Réclamation ouverte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select the claim to delete first.</source>
        <translation>Sélectionnez d’abord la réclamation à supprimer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>Delete Claim</source>
        <translation>Supprimer la réclamation</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Delete the claim on order {order_id}?</source>
        <translation>Supprimer la réclamation sur la commande {order_id}&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no entries</source>
        <translation>aucune entrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no files</source>
        <translation>aucun fichier</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its timeline ({entries}) and its evidence ({files}) go with it.
Edit › Undo (Ctrl+Z) puts it all back.</source>
        <translation>Sa chronologie ({entries}) et ses preuves ({files}) partent avec elle.
Édition › Annuler (Ctrl+Z) rétablit le tout.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Claim on order {order_id} deleted. Edit › Undo (Ctrl+Z) puts it back.</source>
        <translation>Réclamation sur la commande {order_id} supprimée. Édition › Annuler (Ctrl+Z) la rétablit.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Entries taken from the order cannot be changed here.</source>
        <translation>Les entrées issues de la commande ne se modifient pas ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A status change is undone with Edit › Undo (Ctrl+Z).</source>
        <translation>Un changement de statut s’annule par Édition › Annuler (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A dossier&apos;s record says what was sent; it cannot be changed.</source>
        <translation>L&apos;enregistrement d&apos;un dossier dit ce qui a été envoyé ; il ne peut pas être modifié.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Event deleted. Edit › Undo (Ctrl+Z) puts it back.</source>
        <translation>Événement supprimé. Édition › Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Policies saved; they apply to claims filed from now on.</source>
        <translation>Règles enregistrées ; elles s’appliquent aux réclamations déposées à partir de maintenant.</translation>
    </message>
</context>
<context>
    <name>ClaimDetailPane</name>
    <message>
        <location filename="../../atoz_desktop/gui/claims/detail_pane.py" line="+123"/>
        <source>Amount claimed:</source>
        <extracomment>Header countdown colours: amber under 24 h, red once overdue. Files or folders dropped on the pane (event pk None) or on one timeline entry. A claim is shown (its pk): the evidence strip reloads.</extracomment>
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
        <location line="+2"/>
        <source>Dossier…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF dossier and the text for Amazon: preview, print, save (Ctrl+Shift+E)</source>
        <translation>Le dossier PDF et le texte pour Amazon : aperçu, impression, enregistrement (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="+12"/>
        <location line="+9"/>
        <location line="+106"/>
        <source>Evidence</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Add Evidence…</source>
        <translation>Ajouter des pièces…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter opens an item, Delete removes it; right-click for more</source>
        <translation>Entrée ouvre une pièce, Suppr la retire ; clic droit pour le reste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No evidence yet — drop carrier receipts, photos or e-mails anywhere on this claim, or paste a screenshot (Ctrl+V).</source>
        <translation>Aucune pièce pour l’instant — déposez ici reçus de dépôt, photos ou e-mails, n’importe où sur la réclamation, ou collez une capture d’écran (Ctrl+V).</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Show this order</source>
        <translation>Afficher cette commande</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Evidence ({count})</source>
        <translation>Pièces justificatives ({count})</translation>
    </message>
    <message>
        <location line="+53"/>
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
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <location filename="../../atoz_desktop/gui/claims/composer_dialog.py" line="+67"/>
        <source>Message to the Buyer</source>
        <translation>Message à l’acheteur</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Tracking / proof, no offer</source>
        <translation>Suivi / preuve, sans offre</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Say you are sorry the buyer is dissatisfied, never sorry for the problem: that would admit a fault. Edit the draft freely: a change of offer or amount keeps your words.</source>
        <translation>Dites que vous regrettez l’insatisfaction de l’acheteur, jamais le problème lui-même : ce serait reconnaître une faute. Modifiez librement le brouillon : changer d’offre ou de montant garde vos mots.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>M&amp;essage:</source>
        <translation>&amp;Type de message :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Regenerate Draft</source>
        <translation>&amp;Refaire le brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the draft again from the language, message and amount chosen</source>
        <translation>Réécrire le brouillon d’après la langue, le type de message et le montant choisis</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+188"/>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Copier dans le presse-papiers</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>&amp;Mark as Sent</source>
        <translation>Marquer comme &amp;envoyé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record this message (and its offer) on the claim&apos;s timeline once you have sent it</source>
        <translation>Inscrire ce message (et son offre) dans la chronologie de la réclamation une fois envoyé</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Give a positive amount for a refund (optional for a replacement).</source>
        <translation>Indiquez un montant positif pour un remboursement (facultatif pour un remplacement).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Your text is kept as you wrote it, but you reworded the part this change would rewrite: check that it says what you offer, or use Regenerate Draft.</source>
        <translation>Votre texte est gardé tel quel, mais vous avez reformulé le passage que ce changement réécrirait : vérifiez qu’il dit bien ce que vous offrez, ou utilisez Refaire le brouillon.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The offer in your text was updated; your edits are kept.</source>
        <translation>L’offre a été mise à jour dans votre texte ; vos modifications sont gardées.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Replace Your Edits?</source>
        <translation>Remplacer vos modifications ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You edited the message. Write a new draft in its place? Ctrl+Z in the text brings your edits back.</source>
        <translation>Vous avez modifié le message. Écrire un nouveau brouillon à sa place ? Ctrl+Z dans le texte rétablit vos modifications.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write New Draft</source>
        <translation>Écrire un nouveau brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep My Text</source>
        <translation>Garder mon texte</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{amount} is less than the claim&apos;s {full}: worded as a partial refund.</source>
        <translation>{amount} est inférieur aux {full} de la réclamation : formulé comme un remboursement partiel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{amount} is the whole claim ({full}): worded as a full refund.</source>
        <translation>{amount} couvre toute la réclamation ({full}) : formulé comme un remboursement intégral.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark as Sent records the message on the timeline.</source>
        <translation>« Marquer comme envoyé » inscrit le message dans la chronologie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark as Sent records the message and the offer ({offer}).</source>
        <translation>« Marquer comme envoyé » inscrit le message et l’offre ({offer}).</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location filename="../../atoz_desktop/gui/orders/detail_pane.py" line="+56"/>
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
    <name>DossierActions</name>
    <message>
        <location filename="../../atoz_desktop/gui/dossier/actions.py" line="+44"/>
        <source>Export &amp;Response Dossier…</source>
        <translation>Exporter le dossier de &amp;réponse…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF dossier and the text for Amazon&apos;s answer box, for the claim shown</source>
        <translation>Le dossier PDF et le texte pour la zone de réponse d&apos;Amazon, pour la réclamation affichée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export A&amp;ppeal Dossier…</source>
        <translation>Exporter le dossier de rec&amp;ours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge the decision, show the conversation, say why it is unfair</source>
        <translation>Prendre acte de la décision, montrer les échanges, dire pourquoi elle est injuste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print Dossier…</source>
        <translation>&amp;Imprimer le dossier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Dossiers of &amp;Due Claims…</source>
        <translation>Exporter les dossiers des réclamations à &amp;échéance…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One response dossier per claim due within 24 hours or overdue, into a folder</source>
        <translation>Un dossier de réponse par réclamation à traiter sous 24 heures ou en retard, dans un dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Seller…</source>
        <translation>&amp;Vendeur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name, store, address and logo for the dossiers</source>
        <translation>Votre nom, votre boutique, votre adresse et votre logo pour les dossiers</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Select a claim first.</source>
        <translation>Sélectionnez d&apos;abord une réclamation.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>An appeal dossier is for a claim decided against you.</source>
        <translation>Un dossier de recours concerne une réclamation tranchée contre vous.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export the Dossiers of Due Claims into</source>
        <translation>Exporter les dossiers des réclamations à échéance dans</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dossiers are still being written; wait or cancel.</source>
        <translation>Les dossiers sont encore en cours d&apos;écriture ; patientez ou annulez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No claim is due within 24 hours: no dossier to write.</source>
        <translation>Aucune réclamation n&apos;arrive à échéance sous 24 heures : aucun dossier à écrire.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing dossiers…</source>
        <translation>Écriture des dossiers…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing dossiers: {done} of {total}…</source>
        <translation>Écriture des dossiers : {done} sur {total}…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Wrote %Ln dossier(s) into {folder}</source>
        <translation>
            <numerusform>%Ln dossier écrit dans {folder}</numerusform>
            <numerusform>%Ln dossiers écrits dans {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dossiers of Due Claims</source>
        <translation>Dossiers des réclamations à échéance</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled; the dossiers already written are kept.</source>
        <translation>Annulé ; les dossiers déjà écrits sont conservés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the dossiers failed: {error}</source>
        <translation>L&apos;écriture des dossiers a échoué : {error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Seller details saved.</source>
        <translation>Coordonnées du vendeur enregistrées.</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../atoz_desktop/gui/dossier/dialog.py" line="+90"/>
        <source>Appeal Dossier — {order}</source>
        <extracomment>Milliseconds between the last change of an option and the rebuild. The same for the seller&apos;s own words (they type whole sentences). Milliseconds between opening the dialog and starting the first build. The dossier built with the current options (None while building or after a failure).</extracomment>
        <translation>Dossier de recours — {order}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response Dossier — {order}</source>
        <translation>Dossier de réponse — {order}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Include the &amp;risks (for your own file)</source>
        <translation>Inclure les &amp;risques (pour votre propre dossier)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick before sending: the risks are notes for you, not arguments for Amazon</source>
        <translation>Décochez avant l&apos;envoi : les risques sont des notes pour vous, pas des arguments pour Amazon</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon publishes no limit; keep the answer short (2,000 by default)</source>
        <translation>Amazon ne publie aucune limite ; gardez la réponse courte (2 000 par défaut)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text &amp;at most:</source>
        <translation>Texte &amp;au plus :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In your own words: what the decision missed, what the proof shows…</source>
        <translation>Avec vos mots : ce que la décision a ignoré, ce que prouvent les pièces…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E.g. reverse the decision and remove the claim from my Order Defect Rate</source>
        <translation>Par ex. annuler la décision et retirer la réclamation de mon taux de défauts de commande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the decision is &amp;unfair:</source>
        <translation>Pourquoi la décision est &amp;injuste :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair &amp;resolution proposed:</source>
        <translation>&amp;Solution équitable proposée :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Building the dossier…</source>
        <translation>Préparation du dossier…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste this into Amazon&apos;s answer box. It takes no attachments: send the exhibits to the buyer through Buyer-Seller Messaging (Save Exhibits…).</source>
        <translation>Collez ce texte dans la zone de réponse d&apos;Amazon. Elle n&apos;accepte pas de pièces jointes : envoyez les pièces à l&apos;acheteur par la messagerie acheteur-vendeur (Enregistrer les pièces…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send this as your reply to Amazon Pay&apos;s e-mail, with the PDF attached (Save Reply E-mail…).</source>
        <translation>Envoyez ce texte en réponse au courriel d&apos;Amazon Pay, avec le PDF en pièce jointe (Enregistrer le courriel de réponse…).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Re&amp;generate</source>
        <translation>Ré&amp;générer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace your edits by the generated text</source>
        <translation>Remplacer vos modifications par le texte généré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy Text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Text for Amazon</source>
        <translation>&amp;Texte pour Amazon</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Te&amp;xt…</source>
        <translation>Enregistrer le te&amp;xte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save E&amp;xhibits to Folder…</source>
        <translation>Enregistrer les &amp;pièces dans un dossier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each exhibit as its own numbered file, to upload or to send to the buyer</source>
        <translation>Chaque pièce dans un fichier numéroté, à téléverser ou à envoyer à l&apos;acheteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Reply &amp;E-mail…</source>
        <translation>Enregistrer le &amp;courriel de réponse…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A draft reply to Amazon Pay with the text and the PDF, for your mail program</source>
        <translation>Un brouillon de réponse à Amazon Pay avec le texte et le PDF, pour votre messagerie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Building…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dossier could not be built: {error}</source>
        <translation>Le dossier n&apos;a pas pu être préparé : {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <location line="+106"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>Copied %Ln character(s): paste them into Amazon&apos;s answer box.</source>
        <translation>
            <numerusform>%Ln caractère copié : collez-le dans la zone de réponse d&apos;Amazon.</numerusform>
            <numerusform>%Ln caractères copiés : collez-les dans la zone de réponse d&apos;Amazon.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+106"/>
        <source>{pages} · {size} MB</source>
        <translation>{pages} · {size} Mo</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Over the {limit} MB you set: Amazon or a mail program may refuse it. Remove large photos or split the exhibits.</source>
        <translation>Plus que les {limit} Mo que vous avez fixés : Amazon ou une messagerie peuvent le refuser. Retirez de grandes photos ou répartissez les pièces.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Listed but not included:</source>
        <translation>Listées mais non incluses :</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} caractères</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shortened to fit: {parts} left out.</source>
        <translation>Raccourci pour tenir : {parts} omis.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the policy</source>
        <translation>la politique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the supporting points</source>
        <translation>les points d&apos;appui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the conversation</source>
        <translation>les échanges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the list of exhibits</source>
        <translation>la liste des pièces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signature</source>
        <translation>la signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some strong points</source>
        <translation>des points forts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the delivery</source>
        <translation>la livraison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the end of your statement</source>
        <translation>la fin de votre déclaration</translation>
    </message>
</context>
<context>
    <name>DossierSaving</name>
    <message>
        <location filename="../../atoz_desktop/gui/dossier/saving.py" line="+124"/>
        <source>Save the Dossier</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved {file} and recorded it on the claim&apos;s timeline.</source>
        <translation>{file} enregistré et consigné dans la chronologie de la réclamation.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the Text for Amazon</source>
        <translation>Enregistrer le texte pour Amazon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved {file}.</source>
        <translation>{file} enregistré.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the Reply to Amazon Pay</source>
        <translation>Enregistrer la réponse à Amazon Pay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mails (*.eml)</source>
        <translation>Courriels (*.eml)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved {file}: open it in your mail program and send it.</source>
        <translation>{file} enregistré : ouvrez-le dans votre messagerie et envoyez-le.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the Exhibits into a Folder</source>
        <translation>Enregistrer les pièces dans un dossier</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Saved %n exhibit(s) into {folder}.</source>
        <translation>
            <numerusform>%n pièce enregistrée dans {folder}.</numerusform>
            <numerusform>%n pièces enregistrées dans {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Sent %n page(s) to the printer and recorded it on the claim&apos;s timeline.</source>
        <translation>
            <numerusform>%n page envoyée à l&apos;imprimante, consignée dans la chronologie de la réclamation.</numerusform>
            <numerusform>%n pages envoyées à l&apos;imprimante, consignées dans la chronologie de la réclamation.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Printing failed: {error}</source>
        <translation>L&apos;impression a échoué : {error}</translation>
    </message>
</context>
<context>
    <name>DueBanner</name>
    <message>
        <location filename="../../atoz_desktop/gui/claims/due_banner.py" line="+104"/>
        <source>Hide until another claim falls due</source>
        <extracomment>More than this many claims are summed up as &quot;and N more&quot;.</extracomment>
        <translation>Masquer jusqu’à la prochaine échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n claim(s) to answer within 24 h</source>
        <translation>
            <numerusform>%n réclamation à traiter sous 24 h</numerusform>
            <numerusform>%n réclamations à traiter sous 24 h</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{due}, {overdue} overdue:</source>
        <translation>{due}, dont {overdue} en retard&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{due}:</source>
        <translation>{due}&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{order_id} · {left}</source>
        <translation>{order_id} · {left}</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <location filename="../../atoz_desktop/gui/claims/policies_dialog.py" line="+60"/>
        <source>none</source>
        <extracomment>Durations a policy may leave unset (Amazon Pay has no claim window and no appeal). Shown in the dialog; the ODR window goes with the ODR target, which is not edited here.</extracomment>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../atoz_desktop/gui/common/errors.py" line="+138"/>
        <source>Unexpected Error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+36"/>
        <source>Show &amp;Details</source>
        <translation>Afficher les &amp;détails</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Log Folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Hide &amp;Details</source>
        <translation>Masquer les &amp;détails</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location line="-94"/>
        <source>Something went wrong inside {app}: {error}

The window stays open, but what you were doing may not have finished: check it before going on.</source>
        <translation>Une erreur s&apos;est produite dans {app} : {error}

La fenêtre reste ouverte, mais ce que vous faisiez n&apos;est peut-être pas terminé : vérifiez-le avant de continuer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The details are written to the log: {path}</source>
        <translation>Les détails sont écrits dans le journal : {path}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more error(s) happened since.</source>
        <translation>
            <numerusform>%n autre erreur s&apos;est produite depuis.</numerusform>
            <numerusform>%n autres erreurs se sont produites depuis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../atoz_desktop/gui/claims/event_dialog.py" line="+65"/>
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
        <location line="+13"/>
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
        <location line="+59"/>
        <source>“{text}” is not an amount.</source>
        <translation>« {text} » n’est pas un montant.</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <location filename="../../atoz_desktop/gui/evidence/actions.py" line="+75"/>
        <source>Add &amp;Evidence…</source>
        <extracomment>Mails the seller chose to attach although they name another order, waiting for the drop under way to end: (claim, paths).</extracomment>
        <translation>Ajouter des &amp;pièces…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add receipts, photos, PDFs or e-mails to the claim shown</source>
        <translation>Ajouter reçus, photos, PDF ou e-mails à la réclamation affichée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paste Screenshot</source>
        <translation>&amp;Coller une capture d’écran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the image in the clipboard to the claim as a tracking screenshot</source>
        <translation>Ajouter l’image du presse-papiers à la réclamation comme capture du suivi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Evidence and Messages…</source>
        <translation>&amp;Pièces et messages…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Select a claim first, then drop its evidence on it.</source>
        <translation>Sélectionnez d’abord une réclamation, puis déposez-y ses pièces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files are still being added; wait for them or cancel.</source>
        <translation>Des fichiers sont encore en cours d’ajout ; attendez ou annulez.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add Evidence</source>
        <translation>Ajouter des pièces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence ({patterns});;All files (*)</source>
        <translation>Pièces justificatives ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a claim first.</source>
        <translation>Sélectionnez d’abord une réclamation.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adding evidence…</source>
        <translation>Ajout des pièces…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adding evidence: {done} of {total}…</source>
        <translation>Ajout des pièces : {done} sur {total}…</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Added %n file(s)</source>
        <translation>
            <numerusform>%n fichier ajouté</numerusform>
            <numerusform>%n fichiers ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n e-mail(s) on the timeline</source>
        <translation>
            <numerusform>%n e-mail dans la chronologie</numerusform>
            <numerusform>%n e-mails dans la chronologie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already there</source>
        <translation>
            <numerusform>%n déjà présent</numerusform>
            <numerusform>%n déjà présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled: {summary}</source>
        <translation>Annulé : {summary}</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>The %n e-mail(s) about other orders were not attached.</source>
        <translation>
            <numerusform>L’e-mail concernant une autre commande n’a pas été joint.</numerusform>
            <numerusform>Les %n e-mails concernant d’autres commandes n’ont pas été joints.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{summary}. These files were not added:</source>
        <translation>{summary}. Ces fichiers n’ont pas été ajoutés :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Adding the files failed: {error}</source>
        <translation>L’ajout des fichiers a échoué : {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a claim first, then paste the screenshot.</source>
        <translation>Sélectionnez d’abord une réclamation, puis collez la capture d’écran.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clipboard holds no image to paste.</source>
        <translation>Le presse-papiers ne contient aucune image à coller.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Screenshot {date}.png</source>
        <translation>Capture d’écran {date}.png</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The pasted image was not added: {reason}</source>
        <translation>L’image collée n’a pas été ajoutée : {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This screenshot is already on the claim.</source>
        <translation>Cette capture d’écran figure déjà dans la réclamation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added the screenshot “{name}”.</source>
        <translation>Capture d’écran « {name} » ajoutée.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No program is set to open “{file}”.</source>
        <translation>Aucun programme n’est défini pour ouvrir « {file} ».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not save {path}: {error}</source>
        <translation>Impossible d’enregistrer {path} : {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved a copy as {path}.</source>
        <translation>Copie enregistrée sous {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removed “{file}”. Edit › Undo (Ctrl+Z) puts it back.</source>
        <translation>« {file} » retiré. Édition › Annuler (Ctrl+Z) le remet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Drop Amazon&apos;s claim notification e-mail (.eml or .msg) here to open the claim; add other files on the claim itself.</source>
        <translation>Déposez ici l’e-mail de notification de réclamation d’Amazon (.eml ou .msg) pour ouvrir la réclamation ; les autres fichiers se déposent sur la réclamation elle-même.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New claim filled in from “{subject}”: check it and choose the reason.</source>
        <translation>Nouvelle réclamation remplie d’après « {subject} » : vérifiez-la et choisissez le motif.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{file}” is not an Amazon A-to-z claim notification.</source>
        <translation>« {file} » n’est pas une notification de réclamation Garantie A à Z d’Amazon.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Evidence and message settings saved.</source>
        <translation>Réglages des pièces et messages enregistrés.</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message numerus="yes">
        <location filename="../../atoz_desktop/gui/evidence/strip.py" line="+138"/>
        <source>%n page(s)</source>
        <extracomment>True once the item&apos;s thumbnail (or the knowledge that it has none) is in memory. Thumbnail box and cell size in the strip (device-independent pixels).</extracomment>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken {when}</source>
        <translation>Prise le {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added {when}</source>
        <translation>Ajoutée le {when}</translation>
    </message>
</context>
<context>
    <name>EvidenceSettingsDialog</name>
    <message>
        <location filename="../../atoz_desktop/gui/evidence/dialogs.py" line="+120"/>
        <source>Evidence and Messages</source>
        <translation>Pièces et messages</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. contact@myshop.fr, @myshop.fr</source>
        <translation>p. ex. contact@maboutique.fr, @maboutique.fr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Largest file accepted:</source>
        <translation>&amp;Taille maximale d’un fichier :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My e-mail &amp;addresses:</source>
        <translation>Mes &amp;adresses e-mail :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mails sent from these addresses are recorded as messages to the buyer, all others as messages from the buyer. “@myshop.fr” stands for the whole domain.</source>
        <translation>Les e-mails envoyés depuis ces adresses sont enregistrés comme messages à l’acheteur, tous les autres comme messages de l’acheteur. « @maboutique.fr » vaut pour tout le domaine.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not an e-mail address: {problem}</source>
        <translation>Adresse e-mail invalide : {problem}</translation>
    </message>
</context>
<context>
    <name>EvidenceStrip</name>
    <message>
        <location filename="../../atoz_desktop/gui/evidence/strip.py" line="+178"/>
        <source>&amp;Open</source>
        <extracomment>Whether an item reads as a receipt with a shipment to record (the receipt actions say; evidence/receipt_actions.py).</extracomment>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change &amp;Kind</source>
        <translation>Changer le &amp;type</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record S&amp;hipment…</source>
        <translation>Enregistrer l’e&amp;xpédition…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;SHA-256…</source>
        <translation>Afficher le &amp;SHA-256…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open with System &amp;Viewer</source>
        <translation>Ouvrir avec la &amp;visionneuse du système</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
</context>
<context>
    <name>ExistingClaimNotice</name>
    <message>
        <location filename="../../atoz_desktop/gui/claims/existing_claim.py" line="+40"/>
        <source>Open That Claim</source>
        <translation>Ouvrir cette réclamation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Order {order_id} already has an open claim: {reason}, {status}, filed {date}.</source>
        <translation>La commande {order_id} a déjà une réclamation en cours : {reason}, {status}, déposée le {date}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deadline: {left}.</source>
        <translation>Échéance : {left}.</translation>
    </message>
</context>
<context>
    <name>FindingRow</name>
    <message>
        <location filename="../../atoz_desktop/gui/claims/findings_list.py" line="+87"/>
        <source>less</source>
        <translation>moins</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>more</source>
        <translation>plus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this explanation on one line</source>
        <translation>Afficher cette explication sur une ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the whole explanation</source>
        <translation>Lire toute l&apos;explication</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <location line="+48"/>
        <source>Nothing to point out yet.</source>
        <translation>Rien à signaler pour l’instant.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../atoz_desktop/gui/help/guide_dialog.py" line="+46"/>
        <source>A-to-Z Desk User Guide</source>
        <translation>Guide d’utilisation d’A-to-Z Desk</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Find in the guide (Enter: next, Shift+Enter: back)</source>
        <translation>Chercher dans le guide (Entrée : suivant, Maj+Entrée : précédent)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find:</source>
        <translation>Chercher :</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>HashDialog</name>
    <message>
        <location filename="../../atoz_desktop/gui/evidence/dialogs.py" line="-116"/>
        <source>SHA-256 of {file}</source>
        <translation>SHA-256 de {file}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fingerprint of “{file}” as stored. Any change to the file, even one byte, gives another fingerprint.</source>
        <translation>L’empreinte de « {file} » telle qu’enregistrée. Toute modification du fichier, même d’un octet, donne une autre empreinte.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>HeldMailQuestion</name>
    <message>
        <location filename="../../atoz_desktop/gui/evidence/other_order.py" line="+24"/>
        <source>Attach Anyway</source>
        <translation>Joindre quand même</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Don&apos;t Attach</source>
        <translation>Ne pas joindre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-mail About Another Order</source>
        <translation>E-mail concernant une autre commande</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{file}” is about order {orders}, not this claim&apos;s order {order}.</source>
        <translation>« {file} » concerne la commande {orders}, et non la commande {order} de cette réclamation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} e-mails are about other orders than this claim&apos;s order {order}:</source>
        <translation>{n} e-mails concernent d’autres commandes que la commande {order} de cette réclamation :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attach it to this claim anyway?</source>
        <translation>Le joindre quand même à cette réclamation ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach them to this claim anyway?</source>
        <translation>Les joindre quand même à cette réclamation ?</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../atoz_desktop/gui/help/actions.py" line="+25"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The morning routine, what each finding means, how to answer and appeal</source>
        <translation>La routine du matin, le sens de chaque constat, comment répondre et faire un recours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../atoz_desktop/gui/orders/import_actions.py" line="+36"/>
        <source>&amp;Import Orders…</source>
        <translation>&amp;Importer des commandes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Amazon order reports (All Orders, Unshipped, FBA Shipments)</source>
        <translation>Importer des rapports de commandes Amazon (toutes les commandes, non expédiées, expéditions FBA)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Skip Bad Rows on Import</source>
        <translation>&amp;Ignorer les lignes erronées à l’import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the good rows of a report and list the bad ones, instead of refusing it</source>
        <translation>Importer les lignes correctes d’un rapport et lister les lignes erronées, au lieu de le refuser</translation>
    </message>
    <message>
        <location line="+40"/>
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
        <location line="+14"/>
        <source>Importing {files}…</source>
        <translation>Import de {files}…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Imported %Ln order(s) ({updated}) from {files}</source>
        <translation>
            <numerusform>%Ln commande importée ({updated}) depuis {files}</numerusform>
            <numerusform>%Ln commandes importées ({updated}) depuis {files}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln mise à jour</numerusform>
            <numerusform>%Ln mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>; %Ln bad row(s) skipped</source>
        <translation>
            <numerusform> ; %Ln ligne erronée ignorée</numerusform>
            <numerusform> ; %Ln lignes erronées ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %Ln warning(s)</source>
        <translation>
            <numerusform> ; %Ln avertissement</numerusform>
            <numerusform> ; %Ln avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Nothing was imported: %Ln bad row(s) in {files}. Correct them in the file and import again, or import the other rows and skip these.</source>
        <translation>
            <numerusform>Rien n’a été importé : %Ln ligne erronée dans {files}. Corrigez-la dans le fichier et importez à nouveau, ou importez les autres lignes en ignorant celle-ci.</numerusform>
            <numerusform>Rien n’a été importé : %Ln lignes erronées dans {files}. Corrigez-les dans le fichier et importez à nouveau, ou importez les autres lignes en ignorant celles-ci.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30"/>
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
        <location line="+12"/>
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
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../atoz_desktop/gui/common/language_menu.py" line="+27"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System ({language})</source>
        <translation>Système ({language})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies when A-to-Z Desk starts again.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage d’A-to-Z Desk.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../atoz_desktop/gui/window_menus.py" line="+39"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>&amp;Claims</source>
        <translation>&amp;Réclamations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About A-to-Z Desk</source>
        <translation>À &amp;propos d’A-to-Z Desk</translation>
    </message>
    <message>
        <location filename="../../atoz_desktop/gui/main_window.py" line="+256"/>
        <source>{workspace} (demo)</source>
        <extracomment>The clock of every countdown (tests pass a fixed one). The first frame while no workspace is open yet; None once it is. The data changed (a `Change` says what): emitted by the ops runner alone.</extracomment>
        <translation>{workspace} (démo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{workspace} — {app}</source>
        <translation>{workspace} — {app}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Search orders: id, buyer, city, postal code, SKU, ASIN, product, tracking…</source>
        <translation>Rechercher des commandes : n°, acheteur, ville, code postal, SKU, ASIN, produit, suivi…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search claims: order id, buyer, reason…</source>
        <translation>Rechercher des réclamations : n° de commande, acheteur, motif…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../atoz_desktop/gui/window_texts.py" line="+16"/>
        <source>%n order(s) match</source>
        <translation>
            <numerusform>%Ln commande correspond</numerusform>
            <numerusform>%Ln commandes correspondent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n claim(s) match</source>
        <translation>
            <numerusform>%Ln réclamation correspond</numerusform>
            <numerusform>%Ln réclamations correspondent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No order matches “{search}”.</source>
        <translation>Aucune commande ne correspond à « {search} ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No orders yet.

Drop an Amazon order report here (All Orders, Unshipped Orders or FBA Amazon Fulfilled Shipments), or choose File › Import Orders… (Ctrl+I). A claim on an order you have not imported: Claims › New Claim… (Ctrl+N).</source>
        <translation>Aucune commande pour l’instant.

Déposez ici un rapport de commandes Amazon (toutes les commandes, commandes non expédiées ou expéditions FBA), ou choisissez Fichier › Importer des commandes… (Ctrl+I). Une réclamation sur une commande non importée : Réclamations › Nouvelle réclamation… (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To look around first: File › Open Demo.</source>
        <translation>Pour faire d’abord le tour : Fichier › Ouvrir la démo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No claim in this view is on order {order_id}.</source>
        <translation>Aucune réclamation de cette vue ne porte sur la commande {order_id}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No claim in this view matches “{search}”.</source>
        <translation>Aucune réclamation de cette vue ne correspond à « {search} ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your workspace is empty.

Import an Amazon order report: File › Import Orders… (Ctrl+I), or drop it on the Orders list. Record a claim: Claims › New Claim… (Ctrl+N).

To look around first: File › Open Demo.</source>
        <translation>Votre espace de travail est vide.

Importez un rapport de commandes Amazon : Fichier › Importer des commandes… (Ctrl+I), ou déposez-le sur la liste des commandes. Enregistrez une réclamation : Réclamations › Nouvelle réclamation… (Ctrl+N).

Pour faire d’abord le tour : Fichier › Ouvrir la démo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to answer right now.

New A-to-z claims appear here with the time left to respond, nearest deadline first.</source>
        <translation>Rien à traiter pour l’instant.

Les nouvelles réclamations A à Z apparaissent ici avec le temps restant pour répondre, l’échéance la plus proche en premier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No claim is waiting for Amazon&apos;s decision.

Claims you have answered appear here until Amazon decides.</source>
        <translation>Aucune réclamation n’attend la décision d’Amazon.

Les réclamations auxquelles vous avez répondu apparaissent ici jusqu’à la décision d’Amazon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No decided claim can be appealed.

Claims granted against you appear here while you can still appeal.</source>
        <translation>Aucune réclamation tranchée ne peut faire l’objet d’un recours.

Les réclamations accordées contre vous apparaissent ici tant que vous pouvez faire appel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No claims yet — good news.

Claims you record appear here, nearest response deadline first.</source>
        <translation>Aucune réclamation — bonne nouvelle.

Les réclamations enregistrées apparaissent ici, l’échéance de réponse la plus proche en premier.</translation>
    </message>
    <message>
        <location filename="../../atoz_desktop/gui/main_window.py" line="+58"/>
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
        <location line="+52"/>
        <source>New Claim on This Order…</source>
        <translation>Nouvelle réclamation sur cette commande…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Order {order_id} is not in this workspace; import its report.</source>
        <translation>La commande {order_id} n’est pas dans cet espace de travail ; importez son rapport.</translation>
    </message>
    <message>
        <location filename="../../atoz_desktop/gui/help/about.py" line="+24"/>
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
    <message>
        <location line="+6"/>
        <source>Log folder: {folder}</source>
        <translation>Dossier du journal : {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Log Folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;Workspace Folder</source>
        <translation>Ouvrir le dossier de l&apos;&amp;espace de travail</translation>
    </message>
</context>
<context>
    <name>NewClaimDialog</name>
    <message>
        <location filename="../../atoz_desktop/gui/claims/new_claim_dialog.py" line="+66"/>
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
        <location line="+10"/>
        <location line="+60"/>
        <source>Open Claim</source>
        <translation>Ouvrir la réclamation</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Not an imported order (an Amazon Pay order, for instance): give the buyer, the amount and its currency.</source>
        <translation>Commande non importée (une commande Amazon Pay, par exemple) : indiquez l’acheteur, le montant et sa devise.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{buyer} · {total} · ordered {date}</source>
        <translation>{buyer} · {total} · commandé le {date}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open Another Claim</source>
        <translation>Ouvrir une autre réclamation</translation>
    </message>
    <message>
        <location line="+59"/>
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
    <name>Ops</name>
    <message>
        <location filename="../../atoz_desktop/gui/common/ops.py" line="+261"/>
        <source>A-to-Z Desk</source>
        <extracomment>The data changed; the argument says what (a `Change`). A change was refused: the message, for the status bar.</extracomment>
        <translation>A-to-Z Desk</translation>
    </message>
</context>
<context>
    <name>OrderClaimsList</name>
    <message>
        <location filename="../../atoz_desktop/gui/orders/order_claims.py" line="+73"/>
        <source>No claim on this order.</source>
        <translation>Aucune réclamation sur cette commande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in Claims List</source>
        <translation>Afficher dans la liste des réclamations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List only this order&apos;s claims</source>
        <translation>N’afficher que les réclamations de cette commande</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{status} · {reason} · {amount} · filed {date}</source>
        <translation>{status} · {reason} · {amount} · déposée le {date}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open this claim</source>
        <translation>Ouvrir cette réclamation</translation>
    </message>
</context>
<context>
    <name>OrderDetailPane</name>
    <message>
        <location filename="../../atoz_desktop/gui/orders/detail_pane.py" line="+35"/>
        <source>New Claim…</source>
        <translation>Nouvelle réclamation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an A-to-z claim on this order</source>
        <translation>Ouvrir une réclamation A à Z sur cette commande</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Claims</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+16"/>
        <source>No shipment recorded yet. Import the FBA Amazon Fulfilled Shipments report to add carriers and tracking numbers.</source>
        <translation>Aucune expédition enregistrée. Importez le rapport des expéditions traitées par Amazon (FBA) pour ajouter transporteurs et numéros de suivi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No shipment recorded yet. You shipped this order: add a “Shipped” event with the carrier and tracking number to its claim, and drop the carrier&apos;s receipt on it.</source>
        <translation>Aucune expédition enregistrée. Vous avez expédié cette commande : ajoutez à sa réclamation un événement « Expédié » avec le transporteur et le numéro de suivi, et déposez-y le reçu du transporteur.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Order {order_id}</source>
        <translation>Commande {order_id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+15"/>
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
    <name>OrderFilterChip</name>
    <message>
        <location filename="../../atoz_desktop/gui/claims/order_filter.py" line="+30"/>
        <source>Show every claim again</source>
        <translation>Afficher de nouveau toutes les réclamations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the order filter</source>
        <translation>Retirer le filtre de commande</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Claims on order {order_id}</source>
        <translation>Réclamations sur la commande {order_id}</translation>
    </message>
</context>
<context>
    <name>OrderLinks</name>
    <message numerus="yes">
        <location filename="../../atoz_desktop/gui/claims/order_links.py" line="+45"/>
        <source>%Ln claim(s) on order {order_id}</source>
        <translation>
            <numerusform>%Ln réclamation sur la commande {order_id}</numerusform>
            <numerusform>%Ln réclamations sur la commande {order_id}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoliciesDialog</name>
    <message>
        <location filename="../../atoz_desktop/gui/claims/policies_dialog.py" line="+38"/>
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
        <location line="+39"/>
        <source>“{zone}” is not a time zone.</source>
        <translation>« {zone} » n’est pas un fuseau horaire.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../atoz_desktop/gui/evidence/preview.py" line="+130"/>
        <source>{file} — {kind}</source>
        <translation>{file} — {kind}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit</source>
        <translation>A&amp;juster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;100 %</source>
        <translation>&amp;100 %</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open with System &amp;Viewer</source>
        <translation>Ouvrir avec la &amp;visionneuse du système</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This file cannot be previewed here; open it with the system viewer.</source>
        <translation>Ce fichier ne peut pas être prévisualisé ici ; ouvrez-le avec la visionneuse du système.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This picture cannot be shown: {reason}. Open it with the system viewer.</source>
        <translation>Cette image ne peut pas être affichée : {reason}. Ouvrez-la avec la visionneuse du système.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This picture cannot be shown; open it with the system viewer.</source>
        <translation>Cette image ne peut pas être affichée ; ouvrez-la avec la visionneuse du système.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{width} × {height} px</source>
        <translation>{width} × {height} px</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{warning}

This PDF needs a password: it cannot be previewed or put in a dossier. Open it with the system viewer, or add a copy without a password.</source>
        <translation>{warning}

Ce PDF demande un mot de passe : il ne peut être ni prévisualisé ni joint à un dossier. Ouvrez-le avec la visionneuse du système, ou ajoutez-en une copie sans mot de passe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF preview is not installed; open it with the system viewer.</source>
        <translation>L’aperçu des PDF n’est pas installé ; ouvrez-le avec la visionneuse du système.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This PDF cannot be opened here; try the system viewer.</source>
        <translation>Ce PDF ne peut pas être ouvert ici ; essayez la visionneuse du système.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../atoz_desktop/gui/orders/import_problems_dialog.py" line="+53"/>
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
    <name>ReceiptActions</name>
    <message>
        <location filename="../../atoz_desktop/gui/evidence/receipt_actions.py" line="+115"/>
        <source>Record S&amp;hipment from Document…</source>
        <extracomment>The window refreshes at most this often while readings come in (ms).</extracomment>
        <translation>Enregistrer l’e&amp;xpédition du document…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the shipment the selected carrier receipt shows on the claim&apos;s order</source>
        <translation>Enregistrer sur la commande de la réclamation l’expédition que montre le reçu sélectionné</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Text recognition (Tesseract) is not installed: photos and scans are read from their barcodes only.</source>
        <translation>La reconnaissance de texte (Tesseract) n’est pas installée : photos et scans sont lus d’après leurs codes-barres seulement.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{done} Edit › Undo (Ctrl+Z) takes it back.</source>
        <translation>{done} Édition › Annuler (Ctrl+Z) la retire.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shipment Not Recorded</source>
        <translation>Expédition non enregistrée</translation>
    </message>
</context>
<context>
    <name>ReceiptBar</name>
    <message>
        <location filename="../../atoz_desktop/gui/evidence/receipt_bar.py" line="+52"/>
        <source>Record Shipment…</source>
        <translation>Enregistrer l’expédition…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record this shipment on the claim&apos;s order and its timeline (Ctrl+Z undoes it)</source>
        <translation>Enregistrer cette expédition sur la commande de la réclamation et sur sa chronologie (Ctrl+Z l’annule)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading “{file}” as a carrier receipt…</source>
        <translation>Lecture de « {file} » comme reçu de transporteur…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read on “{file}”: {summary}</source>
        <translation>Lu sur « {file} » : {summary}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recorded: the order&apos;s shipment and the timeline show it.</source>
        <translation>Enregistré : l’expédition de la commande et la chronologie le montrent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number is not proved by a check digit: compare it with the document before recording it.</source>
        <translation>Le numéro n’est pas prouvé par une clé de contrôle : comparez-le avec le document avant de l’enregistrer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No date was read: add the shipment with Add Event… instead</source>
        <translation>Aucune date n’a été lue : ajoutez plutôt l’expédition avec Ajouter un événement…</translation>
    </message>
</context>
<context>
    <name>RecordQuestion</name>
    <message>
        <location line="+21"/>
        <location line="+37"/>
        <source>Record Shipment</source>
        <translation>Enregistrer l’expédition</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Record this shipment on order {order}?</source>
        <translation>Enregistrer cette expédition sur la commande {order} ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carrier: {carrier}</source>
        <translation>Transporteur : {carrier}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not named</source>
        <translation>non nommé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number: {number}</source>
        <translation>Numéro de suivi : {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipped: {when}</source>
        <translation>Expédié : {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivered: {when}</source>
        <translation>Livré : {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed for by {name}</source>
        <translation>Remis contre signature de {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed for</source>
        <translation>Remis contre signature</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each timeline entry names “{file}” as its proof.</source>
        <translation>Chaque entrée de la chronologie cite « {file} » comme preuve.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number is not proved by a check digit: check it on the document.</source>
        <translation>Le numéro n’est pas prouvé par une clé de contrôle : vérifiez-le sur le document.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The order&apos;s shipment by {carrier} has no tracking number yet: this number and the dates it lacks are written into it (no second shipment).</source>
        <translation>L’expédition {carrier} de la commande n’a pas encore de numéro de suivi : ce numéro et les dates qui lui manquent y sont inscrits (pas de seconde expédition).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order&apos;s shipment has no tracking number yet: this number, the carrier and the dates it lacks are written into it (no second shipment).</source>
        <translation>L’expédition de la commande n’a pas encore de numéro de suivi : ce numéro, le transporteur et les dates qui lui manquent y sont inscrits (pas de seconde expédition).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The order already has this shipment: only the dates it lacks are filled in.</source>
        <translation>La commande a déjà cette expédition : seules les dates qui lui manquent sont complétées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order already has a shipment with tracking number {number}: nothing will be changed.</source>
        <translation>La commande a déjà une expédition avec le numéro de suivi {number} : rien ne sera modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order is not imported: only the timeline entries are added.</source>
        <translation>La commande n’est pas importée : seules les entrées de la chronologie sont ajoutées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new shipment is added to the order.</source>
        <translation>Une nouvelle expédition est ajoutée à la commande.</translation>
    </message>
</context>
<context>
    <name>RefusalsDialog</name>
    <message>
        <location filename="../../atoz_desktop/gui/evidence/dialogs.py" line="+18"/>
        <source>Files Not Added</source>
        <translation>Fichiers non ajoutés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>SellerDialog</name>
    <message>
        <location filename="../../atoz_desktop/gui/dossier/seller_dialog.py" line="+64"/>
        <source>Seller</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. SARL Dupont</source>
        <translation>par ex. SARL Dupont</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your store&apos;s name on Amazon</source>
        <translation>Le nom de votre boutique sur Amazon</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;hoose Logo…</source>
        <translation>C&amp;hoisir un logo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Store:</source>
        <translation>&amp;Boutique :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo (optional):</source>
        <translation>Logo (facultatif) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They head the cover page of every dossier.</source>
        <translation>Ils figurent en tête de la première page de chaque dossier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text for Amazon at &amp;most:</source>
        <translation>Texte pour Amazon au &amp;plus :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Warn above:</source>
        <translation>&amp;Avertir au-delà de :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Marie, customer service</source>
        <translation>par ex. Marie, service client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages to Buyers</source>
        <translation>Messages aux acheteurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Si&amp;gnature:</source>
        <translation>Si&amp;gnature :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ends every message to a buyer, followed by your store&apos;s name. No links, e-mail addresses or phone numbers: Amazon&apos;s messaging does not allow them.</source>
        <translation>Termine chaque message à un acheteur, suivie du nom de votre boutique. Ni liens, ni adresses e-mail, ni numéros de téléphone : la messagerie d’Amazon ne les autorise pas.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a Logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../atoz_desktop/gui/help/shortcuts_dialog.py" line="+96"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search an action or a key…</source>
        <translation>Chercher une action ou une touche…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No action or shortcut matches “{search}”.</source>
        <translation>Aucune action ni aucun raccourci ne correspond à « {search} ».</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../atoz_desktop/gui/common/sidebar.py" line="+110"/>
        <source>Claims</source>
        <extracomment>Files dropped on one of the claim views (Amazon&apos;s claim e-mail opens a new claim).</extracomment>
        <translation>Réclamations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
</context>
<context>
    <name>StartFrame</name>
    <message>
        <location filename="../../atoz_desktop/gui/start_frame.py" line="+44"/>
        <source>Opening the workspace…</source>
        <extracomment>The panes&apos; widths until the window has saved its own (MainWindow&apos;s splitter starts so too).</extracomment>
        <translation>Ouverture de l’espace de travail…</translation>
    </message>
</context>
<context>
    <name>StatusProgress</name>
    <message>
        <location filename="../../atoz_desktop/gui/common/status_progress.py" line="+23"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../atoz_desktop/gui/claims/timeline.py" line="+133"/>
        <source>Status: {before} → {after}</source>
        <extracomment>Role giving an entry&apos;s `EventView`. A collapsed entry shows at most this many characters and lines of its text.</extracomment>
        <translation>Statut : {before} → {after}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>from the order</source>
        <translation>issu de la commande</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) attached</source>
        <translation>
            <numerusform>%n fichier joint</numerusform>
            <numerusform>%n fichiers joints</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appeal</source>
        <translation>Recours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed</source>
        <translation>imprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved with the due claims</source>
        <translation>enregistré avec les réclamations à échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved as a reply e-mail</source>
        <translation>enregistré comme courriel de réponse</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Click or press Space to show the whole text</source>
        <translation>Cliquez ou appuyez sur Espace pour afficher tout le texte</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <location filename="../../atoz_desktop/gui/workspace/actions.py" line="+39"/>
        <source>&amp;New Workspace…</source>
        <extracomment>The file name a new workspace is given. A window built on its own (tests, the benchmark) gets a switcher of its own.</extracomment>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start an empty workspace in a file of your choice</source>
        <translation>Commencer un espace de travail vide dans le fichier de votre choix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un espace &amp;récent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look around a workspace of made-up orders and claims</source>
        <translation>Faire le tour d’un espace de travail aux commandes et réclamations fictives</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Import into the Demo?</source>
        <extracomment>Back Up Workspace…, Restore…, Settings › Backups… and the backup on closing.</extracomment>
        <translation>Importer dans la démo ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the demo. Your own orders belong in your own workspace, where the demo&apos;s made-up orders and claims never go.</source>
        <translation>Ceci est la démo. Vos propres commandes ont leur place dans votre propre espace de travail, où les commandes et réclamations fictives de la démo ne vont jamais.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import into My Own Workspace</source>
        <translation>Importer dans mon propre espace</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import into the Demo</source>
        <translation>Importer dans la démo</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No other workspace yet</source>
        <translation>Aucun autre espace de travail pour l’instant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vider le menu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A-to-Z Desk workspaces (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Espaces de travail A-to-Z Desk (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My workspace.sqlite3</source>
        <translation>Mon espace de travail.sqlite3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A-to-Z Desk workspaces (*.sqlite3)</source>
        <translation>Espaces de travail A-to-Z Desk (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>WorkspaceBanner</name>
    <message>
        <location filename="../../atoz_desktop/gui/workspace/banner.py" line="+53"/>
        <source>Start My Own Workspace</source>
        <translation>Commencer mon propre espace</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Orders…</source>
        <translation>Importer des commandes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the Demo</source>
        <translation>Ouvrir la démo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is a demo — its orders and claims are made up.</source>
        <translation>Ceci est une démo — ses commandes et réclamations sont fictives.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your workspace is empty: import your Amazon order reports, or try the demo first.</source>
        <translation>Votre espace de travail est vide : importez vos rapports de commandes Amazon, ou essayez d’abord la démo.</translation>
    </message>
</context>
<context>
    <name>WorkspaceSwitcher</name>
    <message>
        <location filename="../../atoz_desktop/gui/workspace/switcher.py" line="+104"/>
        <source>This file already exists. To open it, choose File › Open Workspace…</source>
        <extracomment>Where the demo and the seller&apos;s own workspace live (tests point them elsewhere). The seller&apos;s own workspace seen last in this session (its URL may hold a password: kept in memory only), where Start My Own Workspace goes back to.</extracomment>
        <translation>Ce fichier existe déjà. Pour l’ouvrir, choisissez Fichier › Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Opened the workspace {workspace}.</source>
        <translation>Espace de travail {workspace} ouvert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot Open the Workspace</source>
        <translation>Impossible d’ouvrir l’espace de travail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workspace {current} is open instead.</source>
        <translation>L’espace de travail {current} est ouvert à la place.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace {current} stays open.</source>
        <translation>L’espace de travail {current} reste ouvert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{file}” was not opened.</source>
        <translation>« {file} » n’a pas été ouvert.</translation>
    </message>
</context>
<context>
    <name>WriterLane</name>
    <message>
        <location filename="../../atoz_desktop/gui/common/ops.py" line="-63"/>
        <source>Waiting for the work under way to finish (see the status bar)…</source>
        <extracomment>The core&apos;s refusals: messages for the user, not bugs. Refusals about the workspace itself rather than the change: shown in a message box, since they concern whatever the user does next. How long a change may wait before the window says it is waiting.</extracomment>
        <translation>En attente de la fin du travail en cours (voir la barre d’état)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for another window or program to finish writing…</source>
        <translation>En attente : une autre fenêtre ou un autre programme finit d’écrire…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../atoz_desktop/gui/app.py" line="+131"/>
        <source>Cannot Open the Workspace</source>
        <extracomment>The workspace opens after the first frame is painted, or after this long if the window is not painted (started minimised, or on a screen that does not show it yet). The exit code of a start whose workspace cannot be opened (cli: &quot;bad input&quot;).</extracomment>
        <translation>Impossible d’ouvrir l’espace de travail</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workspace used last</source>
        <translation>L’espace de travail utilisé en dernier</translation>
    </message>
</context>
<context>
    <name>claim_commands</name>
    <message>
        <location filename="../../atoz_desktop/gui/claims/undo_commands.py" line="+87"/>
        <source>Redone: {what}</source>
        <extracomment>What the command touches, for the window&apos;s `workspace_changed` notice. Claims put back under new ids by the last apply/revert, for `ClaimUndo` to pass on.</extracomment>
        <translation>Rétabli : {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undone: {what}</source>
        <translation>Annulé : {what}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New claim</source>
        <translation>Nouvelle réclamation</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete claim on {order_id}</source>
        <translation>Supprimer la réclamation sur {order_id}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add “{kind}”</source>
        <translation>Ajouter « {kind} »</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Record message and offer to the buyer</source>
        <translation>Inscrire le message et l’offre à l’acheteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record message to the buyer</source>
        <translation>Inscrire le message à l’acheteur</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Edit “{kind}”</source>
        <translation>Modifier « {kind} »</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete “{kind}”</source>
        <translation>Supprimer « {kind} »</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Status “{status}”</source>
        <translation>Statut « {status} »</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Mark item coverage</source>
        <translation>Couverture de l’article</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove “{file}”</source>
        <translation>Retirer « {file} »</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>File “{file}” as {kind}</source>
        <translation>Classer « {file} » comme {kind}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Done: {what} ({key} undoes it)</source>
        <extracomment>What a change, an undo or a redo just did, for the status bar (&quot;Undone: Add “Note”&quot;).</extracomment>
        <translation>Fait : {what} ({key} pour annuler)</translation>
    </message>
    <message>
        <location filename="../../atoz_desktop/gui/evidence/receipt_actions.py" line="-194"/>
        <source>Record shipment {number}</source>
        <translation>Enregistrer l’expédition {number}</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../atoz_desktop/gui/common/formatting.py" line="+162"/>
        <source>{days} d {hours} h</source>
        <extracomment>What a C/POSIX locale (no locale set: a container, a bare session) is shown as: Qt&apos;s C locale writes a day as &quot;1 12 2026&quot; and an amount as &quot;12.50€&quot;; English readers get the unambiguous &quot;1 Dec 2026&quot; and the British &quot;€12.50&quot;. The time zone times are shown and typed in: the workspace&apos;s (Settings › Deadline Rules), which the main window sets; None (before any window) is the computer&apos;s own.</extracomment>
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
        <location filename="../../atoz_desktop/gui/common/labels.py" line="+11"/>
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
        <source>Dossier</source>
        <translation>Dossier</translation>
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
    <message>
        <location line="+30"/>
        <source>Carrier receipt</source>
        <extracomment>The kinds a seller files evidence under (core.evidence.kinds.EVIDENCE_KINDS).</extracomment>
        <translation>Reçu de dépôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof of delivery</source>
        <translation>Preuve de livraison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking screenshot</source>
        <translation>Capture du suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return label</source>
        <translation>Étiquette de retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Buyer</source>
        <extracomment>Who an entry of the timeline is from, as the program stores it; a name the seller typed (a buyer&apos;s, a carrier&apos;s) is shown as written.</extracomment>
        <translation>Acheteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <location line="+1"/>
        <source>Seller</source>
        <extracomment>How Amazon&apos;s reports name who ships an order (fulfillment-channel).</extracomment>
        <translation>Vendeur</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Amazon</source>
        <translation>Amazon</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+1"/>
        <source>Amazon (FBA)</source>
        <translation>Amazon (FBA)</translation>
    </message>
</context>
<context>
    <name>order_claims</name>
    <message>
        <location filename="../../atoz_desktop/gui/orders/order_claims.py" line="-92"/>
        <source>{left} left</source>
        <translation>encore {left}</translation>
    </message>
</context>
<context>
    <name>order_status</name>
    <message>
        <location filename="../../atoz_desktop/gui/common/labels.py" line="-48"/>
        <source>Pending</source>
        <extracomment>Amazon&apos;s order and item statuses as its reports write them (English in every marketplace&apos;s flat files); anything else is shown as the report wrote it.</extracomment>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unshipped</source>
        <translation>Non expédiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially shipped</source>
        <translation>Partiellement expédiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping</source>
        <translation>En cours d’expédition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unfulfillable</source>
        <translation>Non traitable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice unconfirmed</source>
        <translation>Facture non confirmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending availability</source>
        <translation>En attente de disponibilité</translation>
    </message>
</context>
<context>
    <name>selfcheck</name>
    <message>
        <location filename="../../atoz_desktop/gui/selfcheck.py" line="+56"/>
        <source>language {lang}: {files}</source>
        <extracomment>One of the window&apos;s strings and one of Qt&apos;s own (the file dialog&apos;s Cancel button), kept out of lupdate&apos;s sight (they are translated elsewhere).</extracomment>
        <translation>langue {lang}&#xa0;: {files}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} icons drawn</source>
        <translation>{count} icônes dessinées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; not drawn: {names}</source>
        <translation>&#xa0;; non dessinées&#xa0;: {names}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing: {names}</source>
        <translation>manquants&#xa0;: {names}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} characters printable</source>
        <translation>{count} caractères imprimables</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>PDFium read the text, zxing-cpp the barcode: {codes}</source>
        <translation>PDFium a lu le texte, zxing-cpp le code-barres&#xa0;: {codes}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>text recognition (Tesseract) is not installed: photos and scans are read from their barcodes only</source>
        <translation>la reconnaissance de texte (Tesseract) n’est pas installée : photos et scans sont lus d’après leurs codes-barres seulement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{engine} read the receipt: {status}</source>
        <translation>{engine} a lu le reçu : {status}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a receipt made: {size} bytes</source>
        <translation>un reçu créé&#xa0;: {size} octets</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{pages} page drawn</source>
        <translation>{pages} page dessinée</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“{title}” shown in {seconds:.2f} s, {orders} orders listed</source>
        <translation>«&#xa0;{title}&#xa0;» affichée en {seconds:.2f} s, {orders} commandes listées</translation>
    </message>
</context>
<context>
    <name>table_models</name>
    <message>
        <location filename="../../atoz_desktop/gui/common/table_models.py" line="+62"/>
        <location line="+53"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Purchased</source>
        <translation>Achetée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+51"/>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <location line="-50"/>
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
        <location line="+40"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing proof</source>
        <translation>Preuves manquantes</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Appeal by {when}</source>
        <translation>Faire appel avant le {when}</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filed</source>
        <translation>Déposée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Answer by {when}</source>
        <extracomment>How often the countdowns are repainted. Only the claims on this order, when set (a filter in SQL, as the search is). Next step and missing proof of the rows painted so far (rules/triage.py); they follow the clock, so every tick forgets them.</extracomment>
        <translation>Répondre avant le {when}</translation>
    </message>
</context>
</TS>
