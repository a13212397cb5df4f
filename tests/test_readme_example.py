"""The README's "Testing your own article generator" example runs as written, in a fresh pytest session.

The section is read from README.md once the lead has pasted it there, else from
docs/testing-your-generator.md, so the documented code is the tested code either way.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEADING = "## Testing your own article generator"
PLUGIN = "verifier.testing.plugin"
CODE_BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)
NEXT_SECTION = re.compile(r"^## ", re.MULTILINE)


def section() -> str:
    """The section's Markdown: from README.md when it has it, else from the docs page the lead pastes."""
    for path in (ROOT / "README.md", ROOT / "docs" / "testing-your-generator.md"):
        text = path.read_text(encoding="utf-8") if path.is_file() else ""
        start = text.find(HEADING)
        if start >= 0:
            body = text[start + len(HEADING):]
            end = NEXT_SECTION.search(body)
            return body[:end.start()] if end else body
    raise AssertionError(f"neither README.md nor docs/testing-your-generator.md has {HEADING!r}")


def example_module() -> str:
    """Every Python block of the section, in order, as one test module."""
    return "\n\n".join(CODE_BLOCK.findall(section()))


def test_the_section_documents_both_ways_of_testing_a_generator():
    code = example_module()
    assert "assert_consistent(" in code and "verifier_check" in code and "@given(" in code
    compile(code, "readme_example.py", "exec")


def test_the_readme_example_passes_in_a_fresh_pytest_session(tmp_path):
    (tmp_path / "test_readme_example.py").write_text(example_module(), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    installed = any(e.value == PLUGIN for e in entry_points(group="pytest11"))
    load = [] if installed else ["-p", PLUGIN]  # an installed wheel registers it through `pytest11`
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", *load, "-p", "no:cacheprovider", str(tmp_path)],
                            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"\b2 passed\b", result.stdout), result.stdout
