"""The finding itself: its codes, its severities and the object every check returns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, get_args

Severity = Literal["strong", "weak", "info", "risk"]
SEVERITIES: tuple[Severity, ...] = get_args(Severity)

#: Every finding code, in the order findings() reports them: eligibility first, then delivery
#: proof, then the conversation with the buyer, then the risks.
CODES = (
    "outside-window",
    "premature-non-receipt",
    "no-prior-contact",
    "excluded-item",
    "chargeback-filed",
    "delivered-tracking",
    "signed-delivery",
    "no-tracking",
    "late-shipment",
    "buyer-silent",
    "fba-order",
    "odr-risk",
    "missing-evidence",
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One argument for or against the seller, as shown in the claim pane and the dossier.

    `text` is written for the seller (it may advise: "cite this silence in the response");
    `statement` is the same point written for Amazon, as the dossier and the paste-ready answer
    put it ("The buyer has not answered..."); it is the text itself where the two agree.
    """

    code: str
    severity: Severity
    text: str
    statement: str = ""
    #: The evidence items (their pks) the fact was read from: the dossier cites their exhibits.
    evidence: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise ValueError(f"unknown finding code {self.code!r}")
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")
        if not self.statement:
            object.__setattr__(self, "statement", self.text)

    def to_json(self) -> dict[str, Any]:
        """The `{"code", "severity", "text"}` object of `claim show --json` (with
        `"evidence_ids"` when the fact was read from documents)."""
        data: dict[str, Any] = {"code": self.code, "severity": self.severity, "text": self.text}
        if self.evidence:
            data["evidence_ids"] = list(self.evidence)
        return data
