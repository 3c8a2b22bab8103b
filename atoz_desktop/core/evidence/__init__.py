"""Evidence files: what a file is (read from its content), whether it is sound, thumbnails,
and e-mails (.eml/.msg). Pure functions of bytes; storage lives in core/services/evidence/."""
