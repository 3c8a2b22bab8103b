"""French for the messages the core writes for users (see `i18n.py`): {English template: French}.

The placeholders are the English ones, by name; a French template may quote a value with « »
where the English one uses `!r`. Written here with plain spaces for readability: a no-break
space is put before « : ; ? ! » and inside guillemets when the module loads, so a message never
wraps between a word and its punctuation. Vocabulary as in the window's translation:
réclamation (claim), pièce (evidence), espace de travail (workspace), rapport (report), ligne
erronée (bad row).

tests/core/test_i18n.py checks that every template the core marks is here, that no entry is
left unused, and that both sides name the same placeholders.
"""

from __future__ import annotations

import re

from atoz_desktop.core.locale_fr_cli import CLI_FR

_FR: dict[str, str] = {
    # --- importing order reports (importers/, services/importing.py) -------------------------
    "unreadable date {text!r}": "date illisible « {text} »",
    "impossible date {text!r}": "date impossible « {text} »",
    "unreadable amount {text!r}": "montant illisible « {text} »",
    "implausible amount {text!r}": "montant invraisemblable « {text} »",
    "unreadable quantity {text!r}": "quantité illisible « {text} »",
    "no order id": "numéro de commande manquant",
    "no purchase date": "date d’achat manquante",
    "this is a settlement report, not an order report": (
        "c’est un rapport de règlement, pas un rapport de commandes"
    ),
    "the row stops after {count} of {needed} columns: the file may be cut short": (
        "la ligne s’arrête après {count} colonnes sur {needed} : le fichier est peut-être tronqué"
    ),
    "{count} fields where the header has {width}: a separator inside a value?": (
        "{count} champs alors que l’en-tête en a {width} : un séparateur dans une valeur ?"
    ),
    "{file}, line {line}, column {column}: {problem}": (
        "{file}, ligne {line}, colonne {column} : {problem}"
    ),
    "{file}, line {line}: {problem}": "{file}, ligne {line} : {problem}",
    "{file}: cannot be read ({error})": "{file} : lecture impossible ({error})",
    "{file}: the file is empty": "{file} : le fichier est vide",
    "{file}: the {report} report holds no orders": (
        "{file} : le rapport « {report} » ne contient aucune commande"
    ),
    "{file}: {count} order id(s) are not in Amazon's 123-1234567-1234567 shape ({examples}); "
    "imported as given (Amazon Pay and merchant ids differ)": (
        "{file} : {count} numéro(s) de commande n’ont pas la forme Amazon 123-1234567-1234567 "
        "({examples}) ; importé(s) tels quels (les numéros Amazon Pay et ceux du vendeur "
        "diffèrent)"
    ),
    "the file is binary, not a text report": (
        "le fichier est binaire, ce n’est pas un rapport au format texte"
    ),
    "the line is longer than {limit} characters, which no order report holds: "
    "this is not an order report row": (
        "la ligne dépasse {limit} caractères, ce qu’aucun rapport de commandes ne "
        "contient : ce n’est pas une ligne de rapport de commandes"
    ),
    "a quoted value runs on for more than {limit} characters: a quote that is never closed?": (
        "une valeur entre guillemets s’étend sur plus de {limit} caractères : un "
        "guillemet jamais refermé ?"
    ),
    "the line cannot be read as separated values ({error})": (
        "la ligne ne se lit pas comme des valeurs séparées ({error})"
    ),
    "the file is not valid {encoding} text ({error})": (
        "le fichier n’est pas un texte {encoding} valide ({error})"
    ),
    "not an Amazon order report": "ce n’est pas un rapport de commandes Amazon",
    "it looks like a settlement report, not an order report": (
        "cela ressemble à un rapport de règlement, pas à un rapport de commandes"
    ),
    "it looks like a listings (inventory) report, not an order report": (
        "cela ressemble à un rapport d’offres (inventaire), pas à un rapport de commandes"
    ),
    "it looks like a returns report, not an order report": (
        "cela ressemble à un rapport de retours, pas à un rapport de commandes"
    ),
    "it looks like a payments / transactions report, not an order report": (
        "cela ressemble à un rapport de paiements / transactions, pas à un rapport de commandes"
    ),
    "{looks_like} (columns: {shown}); missing the columns {needed} of an All Orders report "
    "(or {unshipped} of an Unshipped Orders report)": (
        "{looks_like} (colonnes : {shown}) ; il manque les colonnes {needed} d’un rapport "
        "« All Orders » (ou {unshipped} d’un rapport des commandes non expédiées)"
    ),
    "it looks like an Amazon {report} report but lacks the column(s) {columns}": (
        "cela ressemble à un rapport Amazon « {report} », mais il manque la ou les colonnes "
        "{columns}"
    ),
    "Nothing was imported.": "Rien n’a été importé.",
    "Nothing was imported: {count} bad row(s) in {files}. Correct them, or import again "
    "skipping bad rows.": (
        "Rien n’a été importé : {count} ligne(s) erronée(s) dans {files}. Corrigez-les, ou "
        "importez de nouveau en ignorant les lignes erronées."
    ),
    "… and {count} more": "… et {count} de plus",
    "No file to import.": "Aucun fichier à importer.",
    "Import cancelled; nothing was changed.": "Import annulé ; rien n’a été modifié.",
    "Imported {orders} orders ({created} new, {updated} updated, {unchanged} unchanged) "
    "from {files}": (
        "{orders} commande(s) importée(s) ({created} nouvelle(s), {updated} mise(s) à jour, "
        "{unchanged} inchangée(s)) depuis {files}"
    ),
    "; skipped {count} bad row(s)": " ; {count} ligne(s) erronée(s) ignorée(s)",
    # --- claims (services/claims/, rules/status.py) ------------------------------------------
    "{name} needs a time zone (e.g. 2026-11-20T14:05:00+01:00)": (
        "{name} doit indiquer un fuseau horaire (p. ex. 2026-11-20T14:05:00+01:00)"
    ),
    "the filing date": "la date de dépôt",
    "the latest delivery date": "la date de livraison au plus tard",
    "the purchase date": "la date d’achat",
    "the time of the change": "l’heure du changement",
    "the event time": "l’heure de l’événement",
    "no claim {claim} in the workspace": "aucune réclamation {claim} dans l’espace de travail",
    "a claim needs an order id": "une réclamation doit indiquer un numéro de commande",
    "unknown reason {reason!r}; reasons: {reasons}": (
        "motif inconnu « {reason} » ; motifs : {reasons}"
    ),
    "unknown channel {channel!r}; channels: {channels}": (
        "canal inconnu « {channel} » ; canaux : {channels}"
    ),
    "unknown status {status!r}": "statut inconnu « {status} »",
    "a claimed amount cannot be negative": "le montant réclamé ne peut pas être négatif",
    "order {order_id} is not in the workspace: give the claimed amount and currency": (
        "la commande {order_id} n’est pas dans l’espace de travail : indiquez le montant "
        "réclamé et la devise"
    ),
    "This claim was changed elsewhere; it has been reloaded.": (
        "Cette réclamation a été modifiée ailleurs ; elle vient d’être rechargée."
    ),
    "The workspace is busy: another window or program has been writing to it for over a "
    "minute. Try again when it has finished.": (
        "L’espace de travail est occupé : une autre fenêtre ou un autre programme y écrit depuis "
        "plus d’une minute. Réessayez quand il aura fini."
    ),
    "The workspace cannot be used: {reason}": "L’espace de travail est inutilisable : {reason}",
    "its file is read-only. Check the file's permissions.": (
        "son fichier est en lecture seule. Vérifiez les droits du fichier."
    ),
    "its file is damaged. Restore it from a backup (File › Restore…).": (
        "son fichier est endommagé. Restaurez-le depuis une sauvegarde (Fichier › Restaurer…)."
    ),
    "the database server does not answer. Check that it is running and reachable.": (
        "le serveur de base de données ne répond pas. Vérifiez qu’il fonctionne et qu’il est "
        "joignable."
    ),
    "the disk is full. Free some space and try again.": (
        "le disque est plein. Libérez de la place et réessayez."
    ),
    "the disk could not be read or written (disk I/O error).": (
        "le disque n’a pas pu être lu ou écrit (erreur d’entrée-sortie)."
    ),
    "its file cannot be opened (moved, removed, or on a disk that is not connected).": (
        "son fichier ne peut pas être ouvert (déplacé, supprimé, ou sur un disque non branché)."
    ),
    "the database server closed the connection.": (
        "le serveur de base de données a fermé la connexion."
    ),
    "the database server's name is unknown.": "le nom du serveur de base de données est inconnu.",
    "the database server refused the user name or password.": (
        "le serveur de base de données a refusé le nom d’utilisateur ou le mot de passe."
    ),
    "the connection to the database server was lost.": (
        "la connexion au serveur de base de données a été perdue."
    ),
    "unknown event kind {kind!r}; kinds: {kinds}": (
        "type d’événement inconnu « {kind} » ; types : {kinds}"
    ),
    "an amount needs its currency": "un montant doit indiquer sa devise",
    "unknown offer {kind!r}; offers: {kinds}": "offre inconnue « {kind} » ; offres : {kinds}",
    "an offer's amount must be positive": "le montant d’une offre doit être positif",
    "entries taken from the order cannot be edited": (
        "les entrées issues de la commande ne se modifient pas"
    ),
    "no editable event {event}": "aucun événement modifiable {event}",
    "no event {event}": "aucun événement {event}",
    "a status change is undone, not deleted": (
        "un changement de statut s’annule, il ne se supprime pas"
    ),
    "unknown exclusion {kind!r}; kinds: {kinds}": (
        "exclusion inconnue « {kind} » ; types : {kinds}"
    ),
    "no order line {line}": "aucune ligne de commande {line}",
    "the claim is already {old!r}": "la réclamation est déjà « {old} »",
    "{new!r} is not a status (statuses: {statuses})": (
        "« {new} » n’est pas un statut (statuts : {statuses})"
    ),
    "{old!r} cannot become {new!r}": "« {old} » ne peut pas devenir « {new} »",
    "possible moves: {moves}": "statuts possibles : {moves}",
    "{old!r} is final": "« {old} » est un statut final",
    "{why}; {possible}": "{why} ; {possible}",
    # --- policies and settings (services/policies.py, services/messages.py) -------------------
    "unknown time zone {name!r} (e.g. Europe/Paris)": (
        "fuseau horaire inconnu « {name} » (p. ex. Europe/Paris)"
    ),
    "{address!r} is not an e-mail address (or @domain)": (
        "« {address} » n’est pas une adresse e-mail (ni un @domaine)"
    ),
    # --- evidence files (evidence/, services/evidence/) ---------------------------------------
    "{count} MB": "{count} Mo",
    "the file is empty": "le fichier est vide",
    "cannot be read: you do not have permission to open it": (
        "lecture impossible : vous n’avez pas le droit d’ouvrir ce fichier"
    ),
    "cannot be read: the file is no longer there": "lecture impossible : le fichier n’est plus là",
    "cannot be read: it is a folder": "lecture impossible : c’est un dossier",
    "cannot be read: the disk or network did not give its content": (
        "lecture impossible : le disque ou le réseau n’a pas rendu son contenu"
    ),
    "the file is {size}, over the limit of {limit}": (
        "le fichier fait {size}, au-delà de la limite de {limit}"
    ),
    "the file is over the limit of {limit}": "le fichier dépasse la limite de {limit}",
    "the file size limit is between {low} and {high} MB": (
        "la taille maximale d’un fichier est comprise entre {low} et {high} Mo"
    ),
    "the image is truncated (the file was cut short)": (
        "l’image est tronquée (le fichier est incomplet)"
    ),
    "the image is damaged: no image reader recognises its content": (
        "l’image est endommagée : aucun lecteur d’images ne reconnaît son contenu"
    ),
    "the image has no pixels": "l’image n’a aucun pixel",
    "the image is damaged: its pixels cannot be decoded": (
        "l’image est endommagée : ses pixels ne peuvent pas être décodés"
    ),
    "it is too large to open safely: {width}×{height} pixels; a picture that is not a JPEG "
    "may have up to {limit} megapixels": (
        "elle est trop grande pour être ouverte sans risque : {width}×{height} pixels ; une "
        "image qui n’est pas un JPEG peut avoir jusqu’à {limit} mégapixels"
    ),
    "its header claims absurd dimensions (a decompression bomb)": (
        "son en-tête annonce des dimensions absurdes (une bombe de décompression)"
    ),
    "its header claims absurd dimensions ({width}×{height} pixels, a decompression bomb)": (
        "son en-tête annonce des dimensions absurdes ({width}×{height} pixels, une bombe de "
        "décompression)"
    ),
    "its dimensions are absurd (a decompression bomb)": (
        "ses dimensions sont absurdes (une bombe de décompression)"
    ),
    "this PDF needs a password: it cannot be previewed or merged into a dossier; save an "
    "unprotected copy to include it": (
        "ce PDF est protégé par un mot de passe : il ne peut être ni prévisualisé ni intégré à "
        "un dossier ; enregistrez-en une copie non protégée pour l’inclure"
    ),
    "the PDF has no pages": "le PDF n’a aucune page",
    "the PDF's encryption cannot be read": "le chiffrement du PDF ne peut pas être lu",
    "the PDF is damaged: its list of pages loops back on itself": (
        "le PDF est endommagé : sa liste de pages revient sur elle-même"
    ),
    "the PDF is damaged: it ends unexpectedly (the file was cut short)": (
        "le PDF est endommagé : il s’arrête avant la fin (le fichier est incomplet)"
    ),
    "the PDF is damaged: its table of contents cannot be read": (
        "le PDF est endommagé : sa table des objets est illisible"
    ),
    "the PDF is damaged: no PDF reader can open it": (
        "le PDF est endommagé : aucun lecteur de PDF ne peut l’ouvrir"
    ),
    "unsupported type ({what})": "type non pris en charge ({what})",
    "an AVIF image": "une image AVIF",
    "a video": "une vidéo",
    "a ZIP archive": "une archive ZIP",
    "a Word document (.docx)": "un document Word (.docx)",
    "an Excel workbook (.xlsx)": "un classeur Excel (.xlsx)",
    "a PowerPoint presentation (.pptx)": "une présentation PowerPoint (.pptx)",
    "an OpenDocument file": "un fichier OpenDocument",
    "an old Office document (Word, Excel or PowerPoint)": (
        "un ancien document Office (Word, Excel ou PowerPoint)"
    ),
    "a RAR archive": "une archive RAR",
    "a 7-Zip archive": "une archive 7-Zip",
    "a gzip archive": "une archive gzip",
    "a BMP image": "une image BMP",
    "a Windows program": "un programme Windows",
    "a program": "un programme",
    "an RTF document": "un document RTF",
    "a database": "une base de données",
    "an MP3 audio file": "un fichier audio MP3",
    "an audio or video file": "un fichier audio ou vidéo",
    "an icon": "une icône",
    "a Photoshop document": "un document Photoshop",
    "a web page; print it to PDF first": "une page web ; imprimez-la d’abord en PDF",
    "not a PDF, image or text file": "ni un PDF, ni une image, ni un fichier texte",
    "no evidence {evidence} in the workspace": "aucune pièce {evidence} dans l’espace de travail",
    "no event {event} on claim {claim}": "aucun événement {event} sur la réclamation {claim}",
    "unknown evidence kind {kind!r}; kinds: {kinds}": (
        "type de pièce inconnu « {kind} » ; types : {kinds}"
    ),
    "the content of evidence {evidence} is missing (run check)": (
        "le contenu de la pièce {evidence} est introuvable (lancez la vérification)"
    ),
    "the content of {name} is no longer stored": "le contenu de {name} n’est plus conservé",
    "the claim cannot be put back: the content of {name} is no longer stored": (
        "la réclamation ne peut pas être rétablie : le contenu de {name} n’est plus conservé"
    ),
    # --- e-mails (evidence/mail/, services/messages.py) --------------------------------------
    "this is not an e-mail (no From, To, Subject or Date header)": (
        "ce n’est pas un e-mail (aucun en-tête From, To, Subject ou Date)"
    ),
    "the date {text!r} cannot be read": "la date « {text} » est illisible",
    "the mail has no date": "l’e-mail n’a pas de date",
    "the date {text!r} cannot be read; the file's date is used instead": (
        "la date « {text} » est illisible ; la date du fichier est utilisée à la place"
    ),
    "the mail has no date; the file's date is used instead": (
        "l’e-mail n’a pas de date ; la date du fichier est utilisée à la place"
    ),
    "attachment {name} is an embedded item and was not kept": (
        "la pièce jointe {name} est un élément incorporé ; elle n’a pas été conservée"
    ),
    "the Outlook message is damaged: its parts cannot be read": (
        "le message Outlook est endommagé : ses parties sont illisibles"
    ),
    "its parts are nested more than {depth} levels deep (mail programs write three or "
    "four): it cannot be read safely": (
        "ses parties sont imbriquées sur plus de {depth} niveaux (les logiciels de messagerie "
        "en écrivent trois ou quatre) : il ne peut pas être lu sans risque"
    ),
    "the mail has more than {count} parts; the rest were not read": (
        "l’e-mail a plus de {count} parties ; les suivantes n’ont pas été lues"
    ),
    "the mail has {count} attachments: the first {kept} are kept as evidence, the others "
    "stay inside the mail's file": (
        "l’e-mail a {count} pièces jointes : les {kept} premières sont gardées comme pièces, "
        "les autres restent dans le fichier de l’e-mail"
    ),
    "the mail's text is {count} characters long: the first {kept} are on the timeline, the "
    "whole text stays in the mail's file": (
        "le texte de l’e-mail fait {count} caractères : les {kept} premiers sont sur la "
        "chronologie, le texte entier reste dans le fichier de l’e-mail"
    ),
    "the mail is about order {orders}, not this claim's order {order}": (
        "l’e-mail concerne la commande {orders}, pas la commande {order} de cette réclamation"
    ),
    "it could not be read: A-to-Z Desk met an unexpected error (the details are in the log)": (
        "il n’a pas pu être lu : A-to-Z Desk a rencontré une erreur inattendue (le détail est "
        "dans le journal)"
    ),
    "this is not an e-mail (.eml or .msg file)": "ce n’est pas un e-mail (fichier .eml ou .msg)",
    "the mail's date is unknown; the time it was added is used": (
        "la date de l’e-mail est inconnue ; l’heure de son ajout est utilisée"
    ),
    # --- workspace integrity (services/integrity.py) --------------------------------------------
    "database: {problem}": "base de données : {problem}",
    "database: row {row} of {table} points to a missing {parent}": (
        "base de données : la ligne {row} de {table} renvoie à une ligne absente de {parent}"
    ),
    "stored file {sha256} is damaged: its content no longer matches its SHA-256": (
        "le fichier conservé {sha256} est endommagé : son contenu ne correspond plus à son SHA-256"
    ),
    "stored file {sha256} has size {size}, recorded {recorded}": (
        "le fichier conservé {sha256} fait {size} octets au lieu des {recorded} enregistrés"
    ),
    "evidence {evidence} ({name}) of claim {claim}: its content {sha256} is missing": (
        "pièce {evidence} ({name}) de la réclamation {claim} : son contenu {sha256} est introuvable"
    ),
    # --- the workspace (storage/database.py, demo.py) -------------------------------------------
    "This workspace was written by a newer version of A-to-Z Desk (schema {schema!r}); this "
    "program knows up to {head!r}. Update the program.": (
        "Cet espace de travail a été écrit par une version plus récente d’A-to-Z Desk (schéma "
        "« {schema} ») ; ce programme connaît jusqu’au schéma « {head} ». Mettez le programme "
        "à jour."
    ),
    "Cannot open the workspace {url}: {error}": (
        "Impossible d’ouvrir l’espace de travail {url} : {error}"
    ),
    "This workspace already holds orders or claims; the demo needs an empty one.": (
        "Cet espace de travail contient déjà des commandes ou des réclamations ; la démo a "
        "besoin d’un espace vide."
    ),
    "{file} is not an A-to-Z Desk workspace: it is another program's database. It was left as "
    "it was.": (
        "{file} n’est pas un espace de travail A-to-Z Desk : c’est la base de données d’un autre "
        "programme. Elle a été laissée telle quelle."
    ),
    "{file} is not an A-to-Z Desk workspace: it is not a database file.": (
        "{file} n’est pas un espace de travail A-to-Z Desk : ce n’est pas un fichier de base de "
        "données."
    ),
    "{file} does not exist any more (moved or deleted?).": (
        "{file} n’existe plus (déplacé ou supprimé ?)."
    ),
    # --- dossiers (services/dossiers.py, services/seller.py, evidence/images.py) --------------
    "{width}×{height} pixels is too large to print": (
        "{width}×{height} pixels, c’est trop grand pour être imprimé"
    ),
    "{file}: cannot be written ({error})": "{file} : écriture impossible ({error})",
    "{file}: too many files of that name": "{file} : trop de fichiers portent ce nom",
    "the text limit is between {low} and {high} characters": (
        "la limite du texte est comprise entre {low} et {high} caractères"
    ),
    "the size warning is between {low} and {high} MB": (
        "le seuil d’avertissement de taille est compris entre {low} et {high} Mo"
    ),
    "claim {claim} was never decided: there is no decision to appeal": (
        "la réclamation {claim} n’a jamais été tranchée : il n’y a pas de décision à contester"
    ),
    "{file}: is a folder, not a file name": "{file} : c’est un dossier, pas un nom de fichier",
    "{file}: the folder {folder} does not exist": "{file} : le dossier {folder} n’existe pas",
    "{file}: the folder {folder} is not writable": (
        "{file} : impossible d’écrire dans le dossier {folder}"
    ),
    "{folder}: no such folder": "{folder} : ce dossier n’existe pas",
    "{folder}: the folder is not writable": "{folder} : impossible d’écrire dans ce dossier",
    "seller's name": "nom du vendeur",
    "store name": "nom de la boutique",
    "address": "adresse",
    "message signature": "signature des messages",
    "the logo must be an image (PNG, JPEG, …)": "le logo doit être une image (PNG, JPEG…)",
    "the logo is over {limit} MB": "le logo dépasse {limit} Mo",
    "the {field} is too long ({count} characters; at most {limit})": (
        "le champ « {field} » est trop long ({count} caractères ; {limit} au plus)"
    ),
    "{file}: the logo is {size} MB; at most {limit} MB": (
        "{file} : le logo fait {size} Mo ; {limit} Mo au plus"
    ),
    "the logo cannot be used: {reason}": "le logo est inutilisable : {reason}",
    # --- reading carrier receipts (receipts/) ------------------------------------------------
    "postal service (UPU S10)": "service postal (UPU S10)",
    "this PDF needs a password": "ce PDF est protégé par un mot de passe",
    "from the barcode": "d’après le code-barres",
    "from the text": "d’après le texte",
    "from text recognition": "d’après la reconnaissance de texte",
    "check digit valid": "clé de contrôle valide",
    "not verified": "non vérifié",
    "doubtful": "douteux",
    "its format has no check digit": "format sans clé de contrôle",
    "no tracking number found": "aucun numéro de suivi trouvé",
    "tracking number {number} (carrier not named)": (
        "numéro de suivi {number} (transporteur non nommé)"
    ),
    "shipped {date}": "expédié le {date}",
    "delivered {date}": "livré le {date}",
    "signed by {name}": "signé par {name}",
    "signed for": "remis contre signature",
    "a receipt is read from a PDF, an image or a text file": (
        "un reçu se lit dans un PDF, une image ou un fichier texte"
    ),
    # --- backups (storage/backup.py, storage/database.py, services/backups.py, cli/backups.py)
    "The workspace {file} must be updated for this version, but it could not be copied first "
    "to {folder} ({error}); it was left as it was.": (
        "L’espace de travail {file} doit être mis à jour pour cette version, mais il n’a pas pu "
        "être copié d’abord dans {folder} ({error}) ; il a été laissé tel quel."
    ),
    "{file} cannot be read: {error}": "{file} est illisible : {error}",
    "{file} is not an A-to-Z Desk backup: it is not a database file.": (
        "{file} n’est pas une sauvegarde d’A-to-Z Desk : ce n’est pas un fichier de base de "
        "données."
    ),
    "{file} is damaged: it is cut short ({size} bytes of the {expected} it should have).": (
        "{file} est endommagé : il est tronqué ({size} octets sur les {expected} attendus)."
    ),
    "{file} is not an A-to-Z Desk backup: it is another program's database.": (
        "{file} n’est pas une sauvegarde d’A-to-Z Desk : c’est la base de données d’un autre "
        "programme."
    ),
    "{file} is not an A-to-Z Desk backup: its schema version is missing.": (
        "{file} n’est pas une sauvegarde d’A-to-Z Desk : la version de son schéma manque."
    ),
    "{file} comes from a newer version of A-to-Z Desk (schema {schema!r}); this program knows "
    "up to {head!r}. Update the program to restore it.": (
        "{file} vient d’une version plus récente d’A-to-Z Desk (schéma « {schema} ») ; ce "
        "programme connaît jusqu’à « {head} ». Mettez le programme à jour pour la restaurer."
    ),
    "{file} is damaged: {problem}": "{file} est endommagé : {problem}",
    "The backup {file} failed its check ({problem}); it was not kept.": (
        "La sauvegarde {file} n’a pas passé la vérification ({problem}) ; elle n’a pas été "
        "gardée."
    ),
    "The backup {file} failed its check ({problem}).": (
        "La sauvegarde {file} n’a pas passé la vérification ({problem})."
    ),
    "{file} is the workspace itself: choose another file for its backup.": (
        "{file} est l’espace de travail lui-même : choisissez un autre fichier pour sa "
        "sauvegarde."
    ),
    "{file} is a folder: give the backup a file name.": (
        "{file} est un dossier : donnez un nom de fichier à la sauvegarde."
    ),
    "{file} already exists; choose another name (nothing was written).": (
        "{file} existe déjà ; choisissez un autre nom (rien n’a été écrit)."
    ),
    "The backup could not be written to {file}: {error}": (
        "La sauvegarde n’a pas pu être écrite dans {file} : {error}"
    ),
    "{file} is the workspace itself, not a backup of it.": (
        "{file} est l’espace de travail lui-même, pas une sauvegarde de celui-ci."
    ),
    "{number} MB": "{number} Mo",
    "Checked: the copy's database is sound and its {files} stored files match their SHA-256.": (
        "Vérifié : la base de données de la copie est saine et ses {files} fichiers stockés "
        "correspondent à leur SHA-256."
    ),
    "Backed up {source} to {file} ({size}; orders: {orders}, claims: {claims}, evidence "
    "files: {evidence}).": (
        "{source} sauvegardé dans {file} ({size} ; commandes : {orders}, réclamations : "
        "{claims}, pièces : {evidence})."
    ),
    "restoring replaces the workspace {target}; there is no terminal to confirm it on: add "
    "--yes to restore anyway": (
        "restaurer remplace l’espace de travail {target} ; aucun terminal pour le confirmer : "
        "ajoutez --yes pour restaurer quand même"
    ),
    "This replaces the workspace {target} by the backup {file} (orders: {orders}, claims: "
    "{claims}, evidence files: {evidence}). The workspace is backed up first.": (
        "Ceci remplace l’espace de travail {target} par la sauvegarde {file} (commandes : "
        "{orders}, réclamations : {claims}, pièces : {evidence}). L’espace de travail est "
        "sauvegardé d’abord."
    ),
    "write the whole workspace, evidence included, into one file, and check the copy": (
        "écrire tout l’espace de travail, pièces comprises, dans un seul fichier, et vérifier "
        "la copie"
    ),
    "replace FILE if it exists": "remplacer FILE s’il existe",
    "replace the workspace by a backup file, after backing the workspace up first": (
        "remplacer l’espace de travail par un fichier de sauvegarde, après avoir d’abord "
        "sauvegardé l’espace de travail"
    ),
    "do not ask for confirmation": "ne pas demander de confirmation",
    "print what was written and checked as JSON": "afficher en JSON ce qui a été écrit et vérifié",
    "print what was restored and backed up as JSON": (
        "afficher en JSON ce qui a été restauré et sauvegardé"
    ),
    "Restore? [y/N] ": "Restaurer ? [o/N] ",
    "y": "o",
    "yes": "oui",
    "not restored: nothing was changed": "non restauré : rien n’a été modifié",
    "The workspace as it was is backed up in {file}.": (
        "L’espace de travail tel qu’il était est sauvegardé dans {file}."
    ),
    "Restored {target} from {file} (orders: {orders}, claims: {claims}, evidence files: "
    "{evidence}).": (
        "{target} restauré depuis {file} (commandes : {orders}, réclamations : {claims}, "
        "pièces : {evidence})."
    ),
    # Receipts recorded as shipments (services/receipts.py)
    "The order already has a shipment with tracking number {number} ({carrier}); this "
    "document shows {proposed}. Nothing was changed: check which parcel the claim is about.": (
        "La commande a déjà une expédition avec le numéro de suivi {number} ({carrier}) ; ce "
        "document montre {proposed}. Rien n’a été modifié : vérifiez de quel colis parle la "
        "réclamation."
    ),
    "{what} is already recorded with these dates: nothing to add.": (
        "{what} est déjà enregistré avec ces dates : rien à ajouter."
    ),
    "Recorded the shipment {what} from {file}.": "Expédition {what} enregistrée d’après {file}.",
    "Recorded {what} on the timeline from {file} (the order is not imported).": (
        "{what} enregistré sur la chronologie d’après {file} (la commande n’est pas importée)."
    ),
    "Completed the shipment {what} from {file}.": "Expédition {what} complétée d’après {file}.",
    "Filled in the order's shipment that had no tracking number with {what} from {file}.": (
        "Expédition de la commande sans numéro de suivi complétée par {what} d’après {file}."
    ),
    "no tracking number was read from this document": (
        "aucun numéro de suivi n’a été lu sur ce document"
    ),
    "{file} shows a tracking number but no date: record the shipment by hand": (
        "{file} montre un numéro de suivi mais aucune date : enregistrez l’expédition à la main"
    ),
    "no claim {claim}": "pas de réclamation {claim}",
    "Signed by {name}": "Signé par {name}",
    "{number} is not certain ({summary}): check it against the document and record it in "
    "the window": (
        "{number} n’est pas certain ({summary}) : vérifiez-le sur le document et enregistrez-le "
        "dans la fenêtre"
    ),
}

_NBSP = "\u00a0"
_BEFORE = re.compile(r" ([:;?!»])")
_AFTER = re.compile(r"« ")


def _typeset(text: str) -> str:
    """French spacing: a no-break space before : ; ? ! » and after «."""
    return _AFTER.sub("«" + _NBSP, _BEFORE.sub(_NBSP + r"\1", text))


#: The catalogue `i18n._` reads.
FR: dict[str, str] = {
    english: _typeset(french) for english, french in {**_FR, **CLI_FR}.items()
}
