"""French for the command line's own messages (atoz_desktop/cli/): its help, its refusals, its
warnings, and argparse's words (cli/texts.py). Merged into `locale_fr.FR`, typeset the same way
(a no-break space before « : ; ? ! »); tests/core/test_i18n.py checks it like the core's.
"""

from __future__ import annotations

CLI_FR: dict[str, str] = {
    # --- argparse's own words ----------------------------------------------------------------
    "usage: ": "utilisation : ",
    # argparse writes a heading and then ":"; the no-break space is French typography's.
    "positional arguments": "arguments positionnels\u00a0",
    "options": "arguments facultatifs\u00a0",
    "show this help message and exit": "afficher cette aide et quitter",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "not allowed with argument %s": "interdit avec l’argument %s",
    "ignored explicit argument %r": "argument explicite ignoré : %r",
    "the following arguments are required: %s": "ces arguments sont obligatoires : %s",
    "one of the arguments %s is required": "l’un des arguments %s est obligatoire",
    "expected one argument": "un argument attendu",
    "expected at most one argument": "un argument au plus attendu",
    "expected at least one argument": "au moins un argument attendu",
    "expected %s argument": "%s argument attendu",
    "expected %s arguments": "%s arguments attendus",
    "ambiguous option: %(option)s could match %(matches)s": (
        "option ambiguë : %(option)s peut désigner %(matches)s"
    ),
    "invalid %(type)s value: %(value)r": "valeur %(type)s invalide : %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "choix invalide : %(value)r (au choix : %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "impossible d’ouvrir « %(filename)s » : %(error)s",
    "unexpected option string: %s": "option inattendue : %s",
    # --- the program and its common options ---------------------------------------------------
    "{app}: defend Amazon A-to-z Guarantee claims. Without a command, opens the window.": (
        "{app} : défendre les réclamations au titre de la garantie A à Z d’Amazon. Sans "
        "commande, ouvre la fenêtre."
    ),
    "show the program's version number and exit": "afficher la version du programme et quitter",
    "open the window (the default)": "ouvrir la fenêtre (par défaut)",
    "check that this copy of the program is complete (offscreen)": (
        "vérifier que cette copie du programme est complète (sans fenêtre visible)"
    ),
    "print the checks as JSON": "écrire les vérifications en JSON",
    "print JSON": "écrire du JSON",
    "workspace database: a file path or a SQLAlchemy URL such as "
    "postgresql+psycopg://user@host/atoz (default: $ATOZ_DB_URL, else the user data folder)": (
        "base de l’espace de travail : un chemin de fichier ou une URL SQLAlchemy comme "
        "postgresql+psycopg://user@host/atoz (par défaut : $ATOZ_DB_URL, sinon le dossier de "
        "données de l’utilisateur)"
    ),
    "warning: {message}": "avertissement : {message}",
    "{option}: {text!r} is not a date-time (e.g. 2026-11-20T14:05)": (
        "{option} : « {text} » n’est pas une date et heure (par ex. 2026-11-20T14:05)"
    ),
    "{text!r} is not an amount": "« {text} » n’est pas un montant",
    "{option} must be 0 or more": "{option} vaut 0 ou plus",
    "{option} is one of {choices}": "{option} prend l’une des valeurs {choices}",
    # --- orders -------------------------------------------------------------------------------
    "make the demo workspace: a file of its own (the window's File › Open Demo), or the empty "
    "workspace given with --db": (
        "créer l’espace de démonstration : un fichier à lui (Fichier › Ouvrir la démo dans la "
        "fenêtre), ou l’espace vide donné par --db"
    ),
    "how many orders (default 300)": "combien de commandes (300 par défaut)",
    "import files into the workspace": "importer des fichiers dans l’espace de travail",
    "Amazon order reports (tab-separated)": (
        "rapports de commandes Amazon (séparés par des tabulations)"
    ),
    "import the good rows and list the bad ones": (
        "importer les bonnes lignes et lister les lignes erronées"
    ),
    "print the summary as JSON": "écrire le bilan en JSON",
    "list or show orders": "lister ou afficher des commandes",
    "orders, newest first": "les commandes, les plus récentes d’abord",
    "filter as in the window": "filtrer comme dans la fenêtre",
    "at most N": "N au plus",
    "one order with its lines and shipments": "une commande avec ses lignes et ses expéditions",
    "Demo workspace created at {location}": "Espace de démonstration créé : {location}",
    "{location} is already the demo workspace; nothing was written.": (
        "{location} est déjà l’espace de démonstration ; rien n’a été écrit."
    ),
    "{location} already holds orders or claims; demo data goes only into an empty workspace, "
    "nothing was written (without --db the demo has a file of its own)": (
        "{location} contient déjà des commandes ou des réclamations ; la démonstration ne va "
        "que dans un espace vide, rien n’a été écrit (sans --db, la démonstration a son propre "
        "fichier)"
    ),
    "{problem} (and {more} more bad rows); nothing was imported": (
        "{problem} (et {more} autres lignes erronées) ; rien n’a été importé"
    ),
    "{problem} (and 1 more bad row); nothing was imported": (
        "{problem} (et 1 autre ligne erronée) ; rien n’a été importé"
    ),
    "{problem}; nothing was imported": "{problem} ; rien n’a été importé",
    "skipped: {problem}": "ignorée : {problem}",
    "no order {order} in the workspace": "aucune commande {order} dans l’espace de travail",
    "line: {item}": "ligne : {item}",
    "shipment: {carrier} {number} shipped {when}": (
        "expédition : {carrier} {number} expédiée le {when}"
    ),
    # --- claims -------------------------------------------------------------------------------
    "open, follow and show claims": "ouvrir, suivre et afficher des réclamations",
    "an ISO date-time; without an offset it is the seller's local time": (
        "une date et heure ISO ; sans décalage, c’est l’heure locale du vendeur"
    ),
    "open a claim on an order": "ouvrir une réclamation sur une commande",
    "the buyer's reason": "le motif de l’acheteur",
    "when filed: {when}": "date de la réclamation : {when}",
    "default: marketplace": "par défaut : marketplace",
    "claimed amount (default: order total)": (
        "montant réclamé (par défaut : le total de la commande)"
    ),
    "for an order not in the workspace": "pour une commande absente de l’espace de travail",
    "latest estimated delivery": "dernière date de livraison estimée",
    "move a claim to a new status": "changer le statut d’une réclamation",
    "when (default now): {when}": "quand (par défaut maintenant) : {when}",
    "a note on the change": "une note sur le changement",
    "add an entry to a claim's timeline": "ajouter une entrée à l’historique d’une réclamation",
    "the entry's kind, e.g. message-in, note": "le type de l’entrée, par ex. message-in, note",
    "what was said or done": "ce qui a été dit ou fait",
    "buyer, seller or amazon": "buyer (acheteur), seller (vendeur) ou amazon",
    "an offer's or a refund's amount": "le montant d’une offre ou d’un remboursement",
    "refund, partial-refund, replacement": (
        "refund (remboursement), partial-refund (partiel), replacement (remplacement)"
    ),
    "a claim with its deadlines, findings and events": (
        "une réclamation avec ses échéances, ses constats et son historique"
    ),
    "findings' language (default: as $ATOZ_LANG or $LANG)": (
        "langue des constats (par défaut : selon $ATOZ_LANG ou $LANG)"
    ),
    "claims, nearest deadline first": "les réclamations, échéance la plus proche d’abord",
    "only claims still open": "seulement les réclamations encore ouvertes",
    "only the claims on this order": "seulement les réclamations de cette commande",
    "possible moves: {moves}": "changements possibles : {moves}",
    "none (final)": "aucun (statut final)",
    "order {order} already has open claim {claim} ({status}); this is another one": (
        "la commande {order} a déjà la réclamation ouverte {claim} ({status}) ; celle-ci en "
        "est une autre"
    ),
    # --- evidence and mails ---------------------------------------------------------------------
    "files attached to a claim": "les fichiers joints à une réclamation",
    "attach files (or folders of files) to a claim; bad files are listed": (
        "joindre des fichiers (ou des dossiers de fichiers) à une réclamation ; les fichiers "
        "refusés sont listés"
    ),
    "default: guessed for each file": "par défaut : deviné pour chaque fichier",
    "attach to this event": "joindre à cette entrée de l’historique",
    "also attach a mail that names another order than the claim's": (
        "joindre aussi un e-mail qui cite une autre commande que celle de la réclamation"
    ),
    "a claim's evidence with SHA-256 hashes": "les pièces d’une réclamation avec leur SHA-256",
    "one evidence item; --save writes its file": "une pièce ; --save écrit son fichier",
    "write the stored file to PATH": "écrire le fichier enregistré dans PATH",
    "what carrier receipts, labels and tracking screenshots say (carrier, tracking number, "
    "dates, signature); the workspace is not touched": (
        "ce que disent les reçus de transporteur, étiquettes et captures de suivi (transporteur, "
        "numéro de suivi, dates, signature) ; l’espace de travail n’est pas modifié"
    ),
    "e-mails (.eml, .msg) on a claim's timeline": (
        "des e-mails (.eml, .msg) dans l’historique d’une réclamation"
    ),
    "one message event per mail, attachments as evidence": (
        "un message par e-mail, ses pièces jointes comme pièces"
    ),
    "verify every stored file's SHA-256 and the database; exit 0 only if sound": (
        "vérifier le SHA-256 de chaque fichier enregistré et la base ; code 0 seulement si "
        "tout est sain"
    ),
    "held: {file}: {reason}": "retenu : {file} : {reason}",
    "{count} mails about another order not attached; check them, then add --force to attach "
    "them anyway": (
        "{count} e-mails sur une autre commande non joints ; vérifiez-les, puis ajoutez --force "
        "pour les joindre quand même"
    ),
    "{file} is about another order than the claim's ({order}); not attached; check it, then "
    "add --force to attach it anyway": (
        "{file} concerne une autre commande que celle de la réclamation ({order}) ; non joint ; "
        "vérifiez-le, puis ajoutez --force pour le joindre quand même"
    ),
    "{file}: no such file or folder": "{file} : fichier ou dossier introuvable",
    "{file}: no such file": "{file} : fichier introuvable",
    "{file}: is a folder, not a file": "{file} : c’est un dossier, pas un fichier",
    "refused: {problem}": "refusé : {problem}",
    "not recorded: {file}: {reason}": "non enregistré : {file} : {reason}",
    "record the shipment a carrier receipt among the files proves, when its tracking number is "
    "certain (on the claim's order, with its timeline entries)": (
        "enregistrer l’expédition que prouve un reçu de transporteur parmi les fichiers, quand "
        "son numéro de suivi est certain (sur la commande de la réclamation, avec ses entrées "
        "de chronologie)"
    ),
    "refused attachment: {file}: {problem}": "pièce jointe refusée : {file} : {problem}",
    "no files found": "aucun fichier trouvé",
    "{problem} (and {more} more)": "{problem} (et {more} autres)",
    "{problem}; nothing was added": "{problem} ; rien n’a été ajouté",
    "1 attachment": "1 pièce jointe",
    "{count} attachments": "{count} pièces jointes",
    "All is well: {count} stored files match their SHA-256.": (
        "Tout va bien : les {count} fichiers enregistrés correspondent à leur SHA-256."
    ),
    "1 problem found in the workspace": "1 problème trouvé dans l’espace de travail",
    "{count} problems found in the workspace": "{count} problèmes trouvés dans l’espace de travail",
    # --- dossiers and the seller ------------------------------------------------------------------
    "write a claim's response or appeal dossier (PDF and paste-ready text), or one per claim "
    "due soon": (
        "écrire le dossier de réponse ou d’appel d’une réclamation (PDF et texte prêt à coller), "
        "ou un par réclamation bientôt échue"
    ),
    "Write the PDF dossier of CLAIM_ID (recorded on the claim's timeline), or with "
    "--due-within one response dossier per claim due within HOURS into a folder.": (
        "Écrit le dossier PDF de CLAIM_ID (noté dans l’historique de la réclamation), ou avec "
        "--due-within un dossier de réponse par réclamation échue dans HOURS heures, dans un "
        "dossier."
    ),
    "the PDF to write (a folder with --due-within or --exhibits)": (
        "le PDF à écrire (un dossier avec --due-within ou --exhibits)"
    ),
    "default: response": "par défaut : response (réponse)",
    "the dossier's language (default: as $ATOZ_LANG or $LANG)": (
        "la langue du dossier (par défaut : selon $ATOZ_LANG ou $LANG)"
    ),
    "also write the paste-ready text for Amazon's answer box": (
        "écrire aussi le texte prêt à coller dans la réponse à Amazon"
    ),
    "longest paste-ready text (default: the workspace's, 2000)": (
        "longueur maximale du texte à coller (par défaut : celle de l’espace de travail, 2000)"
    ),
    "leave out the risks (they are for the seller's own file)": (
        "omettre les risques (ils sont pour le dossier du vendeur)"
    ),
    "appeal: why the decision is unfair, in your own words": (
        "appel : pourquoi la décision est injuste, avec vos mots"
    ),
    "appeal: the fair resolution you propose": "appel : la solution équitable que vous proposez",
    "also save each exhibit as a numbered file into FOLDER": (
        "enregistrer aussi chaque pièce comme fichier numéroté dans FOLDER"
    ),
    "Amazon Pay: also write the reply e-mail draft with the PDF": (
        "Amazon Pay : écrire aussi le brouillon d’e-mail de réponse avec le PDF"
    ),
    "one response dossier per claim due within HOURS, or overdue": (
        "un dossier de réponse par réclamation échue dans HOURS heures, ou en retard"
    ),
    "give a CLAIM_ID, or --due-within HOURS for the claims due soon": (
        "donnez un CLAIM_ID, ou --due-within HOURS pour les réclamations bientôt échues"
    ),
    "give either a CLAIM_ID or --due-within, not both": (
        "donnez un CLAIM_ID ou --due-within, pas les deux"
    ),
    "--due-within takes a number of hours, 0 or more": (
        "--due-within prend un nombre d’heures, 0 ou plus"
    ),
    "{option} is between {low} and {high} characters": (
        "{option} est compris entre {low} et {high} caractères"
    ),
    "{folder}: no such folder (for --exhibits)": "{folder} : dossier introuvable (pour --exhibits)",
    "--reply-eml is for Amazon Pay claims, which are answered by e-mail": (
        "--reply-eml est pour les réclamations Amazon Pay, auxquelles on répond par e-mail"
    ),
    "{count} pages": "{count} pages",
    "{count} bytes": "{count} octets",
    "{count} characters": "{count} caractères",
    "the paste-ready text was shortened to {limit} characters (left out: {parts})": (
        "le texte à coller a été raccourci à {limit} caractères (omis : {parts})"
    ),
    "No claim is due within {hours} hours.": "Aucune réclamation n’est échue dans {hours} heures.",
    "show or set the seller's name, store, address and logo for dossiers, and the signature "
    "that ends messages to buyers": (
        "afficher ou modifier le nom, la boutique, l’adresse et le logo du vendeur pour les "
        "dossiers, et la signature des messages aux acheteurs"
    ),
    "the seller's (or company's) name": "le nom du vendeur (ou de la société)",
    "the store's name": "le nom de la boutique",
    "postal address; \\n between lines": "adresse postale ; \\n entre les lignes",
    "how messages to buyers end, before the store's name; \\n between lines, '' for none": (
        "la fin des messages aux acheteurs, avant le nom de la boutique ; \\n entre les lignes, "
        "'' pour aucune"
    ),
    "a logo image for the cover page": "une image de logo pour la page de garde",
    "remove the logo": "retirer le logo",
    "{file}: text recognition took too long and was stopped": (
        "{file} : la reconnaissance de texte a pris trop de temps et a été arrêtée"
    ),
    "text recognition (Tesseract) is not installed: pictures were read from their barcodes "
    "only": (
        "la reconnaissance de texte (Tesseract) n’est pas installée : les images ont été lues "
        "d’après leurs codes-barres seulement"
    ),
}
