import subprocess
import sys

import expguard


def test_import_is_light():
    """`import expguard` (and the public names, the service and default-guard packages) never pull in
    torch, transformers, vllm, httpx or the service's web stack."""
    code = ("import sys, expguard, expguard.serve, expguard.mini.model; "
            "from expguard import load_guard, Guard, Verdict, Conversation; "
            "bad = [m for m in ('torch', 'transformers', 'vllm', 'httpx', 'tokenizers', 'fastapi', "
            "'starlette', 'uvicorn', 'prometheus_client') if m in sys.modules]; "
            "print(','.join(bad))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_public_api():
    assert {"load_guard", "Guard", "Verdict", "Conversation", "ChatTemplate"} <= set(expguard.__all__)
    for name in expguard.__all__:
        assert getattr(expguard, name) is not None


def test_template_is_package_data():
    from importlib import resources

    assert resources.files("expguard.guard.templates").joinpath("expguard.jinja").is_file()
