"""Commands for dossiers: build a claim's response or appeal dossier (PDF, paste-ready text,
exhibits as files, the Amazon Pay reply e-mail), the morning batch, and the seller's details
a dossier is signed with."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from atoz_desktop.cli.common import EXIT_OK, BadInput, _add_db, _open, _print_json, warn
from atoz_desktop.core.i18n import _


def add_commands(commands: Any) -> None:
    """Register `dossier` and `seller`."""
    dossier = commands.add_parser(
        "dossier",
        help=_(
            "write a claim's response or appeal dossier (PDF and paste-ready text), or one per "
            "claim due soon"
        ),
        description=_(
            "Write the PDF dossier of CLAIM_ID (recorded on the claim's timeline), or with "
            "--due-within one response dossier per claim due within HOURS into a folder."
        ),
    )
    _add_db(dossier, argparse.SUPPRESS)
    dossier.add_argument("claim_id", type=int, nargs="?", metavar="CLAIM_ID")
    dossier.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE_OR_FOLDER",
        help=_("the PDF to write (a folder with --due-within or --exhibits)"),
    )
    dossier.add_argument(
        "--kind", choices=("response", "appeal"), default="response", help=_("default: response")
    )
    dossier.add_argument(
        "--lang",
        choices=("en", "fr"),
        help=_("the dossier's language (default: as $ATOZ_LANG or $LANG)"),
    )
    dossier.add_argument(
        "--text",
        metavar="FILE.txt",
        help=_("also write the paste-ready text for Amazon's answer box"),
    )
    dossier.add_argument(
        "--text-limit",
        type=int,
        metavar="CHARS",
        help=_("longest paste-ready text (default: the workspace's, 2000)"),
    )
    dossier.add_argument(
        "--no-risks",
        action="store_true",
        help=_("leave out the risks (they are for the seller's own file)"),
    )
    dossier.add_argument(
        "--unfair",
        default="",
        metavar="TEXT",
        help=_("appeal: why the decision is unfair, in your own words"),
    )
    dossier.add_argument(
        "--proposal", default="", metavar="TEXT", help=_("appeal: the fair resolution you propose")
    )
    dossier.add_argument(
        "--exhibits",
        metavar="FOLDER",
        help=_("also save each exhibit as a numbered file into FOLDER"),
    )
    dossier.add_argument(
        "--reply-eml",
        metavar="FILE.eml",
        help=_("Amazon Pay: also write the reply e-mail draft with the PDF"),
    )
    dossier.add_argument(
        "--due-within",
        type=float,
        metavar="HOURS",
        help=_("one response dossier per claim due within HOURS, or overdue"),
    )
    dossier.add_argument("--json", action="store_true", help=_("print JSON"))

    seller = commands.add_parser(
        "seller",
        help=_(
            "show or set the seller's name, store, address and logo for dossiers, and the "
            "signature that ends messages to buyers"
        ),
    )
    _add_db(seller, argparse.SUPPRESS)
    seller.add_argument("--name", help=_("the seller's (or company's) name"))
    seller.add_argument("--store", help=_("the store's name"))
    seller.add_argument("--address", help=_("postal address; \\n between lines"))
    seller.add_argument(
        "--signature",
        help=_(
            "how messages to buyers end, before the store's name; \\n between lines, '' for none"
        ),
    )
    logo = seller.add_mutually_exclusive_group()
    logo.add_argument("--logo", metavar="IMAGE", help=_("a logo image for the cover page"))
    logo.add_argument("--no-logo", action="store_true", help=_("remove the logo"))
    seller.add_argument("--json", action="store_true", help=_("print JSON"))


def _options(args: argparse.Namespace, workspace: Any) -> Any:
    from atoz_desktop.core.dossier.content import TEXT_LIMIT_RANGE, DossierOptions
    from atoz_desktop.core.i18n import language
    from atoz_desktop.core.services.dossiers import text_limit

    limit = args.text_limit if args.text_limit is not None else text_limit(workspace)
    low, high = TEXT_LIMIT_RANGE
    if not low <= limit <= high:
        raise BadInput(
            _("{option} is between {low} and {high} characters").format(
                option="--text-limit", low=low, high=high
            )
        )
    return DossierOptions(
        kind=args.kind,
        lang=args.lang or language(),
        include_risks=not args.no_risks,
        text_limit=limit,
        unfair=args.unfair,
        proposal=args.proposal,
    )


def cmd_dossier(args: argparse.Namespace) -> int:
    from atoz_desktop.core.services import dossiers

    workspace = _open(args)
    try:
        if args.due_within is not None:
            return _due(args, workspace)
        if args.claim_id is None:
            raise BadInput(_("give a CLAIM_ID, or --due-within HOURS for the claims due soon"))
        return _one(args, workspace)
    except dossiers.DossierError as exc:
        raise BadInput(str(exc)) from None


def _one(args: argparse.Namespace, workspace: Any) -> int:
    from atoz_desktop.core.dossier.reply_mail import reply_email
    from atoz_desktop.core.services import dossiers

    options = _options(args, workspace)
    output = Path(args.output)
    text_path = Path(args.text) if args.text else None
    for path in (output, text_path, Path(args.reply_eml) if args.reply_eml else None):
        if path is not None:
            dossiers.check_writable(path)
    folder = Path(args.exhibits) if args.exhibits else None
    if folder is not None and not folder.is_dir():
        raise BadInput(_("{folder}: no such folder (for --exhibits)").format(folder=folder))
    result = dossiers.build_claim_dossier(workspace, args.claim_id, options)
    if args.reply_eml and result.content.claim.channel != "amazon-pay":
        raise BadInput(
            _("--reply-eml is for Amazon Pay claims, which are answered by e-mail")
        )
    export = dossiers.save_dossier(workspace, args.claim_id, result, output, text_path=text_path)
    saved = dossiers.save_exhibit_files(workspace, result, folder) if folder else []
    if args.reply_eml:
        mail = reply_email(result.content, result.text.text, result.pdf, output.name)
        dossiers.write_atomically(Path(args.reply_eml), mail)
    if args.json:
        data = result.as_json(str(output))
        if text_path is not None:
            data["text_file"] = str(text_path)
        if folder is not None:
            data["exhibit_files"] = [str(p) for p in saved]
        if args.reply_eml:
            data["reply_eml"] = args.reply_eml
        data["event_id"] = export.event_pk
        _print_json(data)
    else:
        pages = _("{count} pages").format(count=result.pages)
        size = _("{count} bytes").format(count=result.size)
        print(f"{output}\t{pages}\t{size}\t{result.sha256}")
        if text_path is not None:
            chars = _("{count} characters").format(count=len(result.text.text))
            print(f"{text_path}\t{chars}")
        for path in saved:
            print(path)
    for note in result.notes:
        warn(str(note))
    if result.text.shortened:
        warn(
            _(
                "the paste-ready text was shortened to {limit} characters (left out: {parts})"
            ).format(limit=result.text.limit, parts=", ".join(result.text.dropped))
        )
    return EXIT_OK


def _due(args: argparse.Namespace, workspace: Any) -> int:
    from datetime import timedelta

    from atoz_desktop.core.i18n import language
    from atoz_desktop.core.services import dossiers

    if args.claim_id is not None:
        raise BadInput(_("give either a CLAIM_ID or --due-within, not both"))
    if args.due_within < 0:
        raise BadInput(_("--due-within takes a number of hours, 0 or more"))
    exports = dossiers.export_due_dossiers(
        workspace,
        Path(args.output),
        within=timedelta(hours=args.due_within),
        lang=args.lang or language(),
    )
    if args.json:
        _print_json(
            {
                "folder": args.output,
                "dossiers": [
                    {
                        "claim_id": e.claim_pk,
                        "text_file": str(e.text_path),
                        "event_id": e.event_pk,
                        **e.result.as_json(str(e.path)),
                    }
                    for e in exports
                ],
            }
        )
    else:
        for export in exports:
            pages = _("{count} pages").format(count=export.result.pages)
            print(f"{export.claim_pk}\t{export.path}\t{pages}")
        if not exports:
            print(_("No claim is due within {hours} hours.").format(hours=f"{args.due_within:g}"))
    return EXIT_OK


def cmd_seller(args: argparse.Namespace) -> int:
    from atoz_desktop.core.services.seller import (
        SellerError,
        read_logo,
        seller_profile,
        set_seller_profile,
    )

    workspace = _open(args)
    profile = seller_profile(workspace)
    texts = (args.name, args.store, args.address, args.signature, args.logo)
    changing = any(v is not None for v in texts)
    if changing or args.no_logo:
        try:
            logo = read_logo(args.logo) if args.logo else (None if args.no_logo else profile.logo)
            profile = set_seller_profile(
                workspace,
                name=profile.name if args.name is None else args.name,
                store=profile.store if args.store is None else args.store,
                address=profile.address
                if args.address is None
                else args.address.replace("\\n", "\n"),
                signature=None if args.signature is None else args.signature.replace("\\n", "\n"),
                logo=logo,
            )
        except SellerError as exc:
            raise BadInput(str(exc)) from None
    data = {
        "name": profile.name,
        "store": profile.store,
        "address": profile.address,
        "signature": profile.signature,
        "logo": profile.logo is not None,
    }
    if args.json:
        _print_json(data)
    else:
        for key, value in data.items():
            print(f"{key}: {value}")
    return EXIT_OK
