"""Training: fine-tune a guard on ExpGuardMix-format data with trl (``expguard train``)."""
