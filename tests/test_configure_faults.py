"""Kill the applying process at hundreds of points; every file must stay whole and undo must restore all.

One helper process plans once, then forks a child per kill point. The child applies the plan with
``os.replace``, ``os.fsync``, ``os.unlink`` and ``subprocess.run`` wrapped so that the Nth call ends the
process with ``os._exit`` before it happens. After each child dies the helper records every file, runs
undo from the journal on disk, and records the files again. The test asserts on those records.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import trustme

RUNS = 220
SEED = 20240601

HELPER = textwrap.dedent(
    """
    import json, os, random, shutil, subprocess, sys
    from pathlib import Path
    from cryptography import x509

    from trustdesk.configure.engine import apply_plan, default_selection, undo
    from trustdesk.configure.environment import Context
    from trustdesk.configure.journal import Journal
    from trustdesk.configure.plan import make_plan

    home = Path(os.environ["HOME"])
    organisation = [x509.load_pem_x509_certificate(Path(sys.argv[1]).read_bytes())]
    runs, seed = int(sys.argv[2]), int(sys.argv[3])
    originals = {
        ".aws/config": b"# keep\\n[default]\\nregion = ap-northeast-1\\n\\n[profile dev]\\nregion = us-east-1\\n",
        ".npmrc": b"strict-ssl=false\\nfund=false\\n",
        ".gitconfig": b"[user]\\n\\tname = T\\n[http]\\n\\tsslVerify = false\\n",
        ".profile": b"export EDITOR=vi\\n",
        ".bashrc": b"# bashrc\\n",
    }
    data = home / "data"

    def reset():
        for child in home.iterdir():
            if child.name != "runtime":
                shutil.rmtree(child) if child.is_dir() else child.unlink()
        for name, content in originals.items():
            path = home / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)

    def snapshot():
        files = {}
        for path in sorted(home.rglob("*")):
            relative = str(path.relative_to(home))
            if path.is_file() and not relative.startswith(("data/journal", "data/bundle-state", "data/.bundle-state")):
                files[relative] = path.read_bytes().hex()
        return files

    reset()
    environ = dict(os.environ, AWS_CONFIG_FILE=str(home / ".aws" / "config"))
    ctx = Context(environ, data_dir=data)
    plan = make_plan(ctx, organisation)
    selection = default_selection(plan, True)
    original = snapshot()

    # A clean run gives every state each target may legally be in.
    apply_plan(plan, ctx, Journal(data / "journal"), selection, organisation=organisation, recheck_tools=False)
    journal = Journal(data / "journal")
    allowed = {}
    for entry in journal.entries():
        for state in (entry.before, entry.after):
            content = journal.file_bytes(state) if entry.kind.value == "file" else None
            allowed.setdefault(entry.target, set()).add(None if content is None else content.hex())

    def child(kill_at):
        count = [0]
        def hook(function):
            def wrapper(*args, **kwargs):
                count[0] += 1
                if count[0] == kill_at:
                    os._exit(9)
                return function(*args, **kwargs)
            return wrapper
        os.replace = hook(os.replace)
        os.fsync = hook(os.fsync)
        os.unlink = hook(os.unlink)
        subprocess.run = hook(subprocess.run)
        apply_plan(plan, ctx, Journal(data / "journal"), selection, organisation=organisation, recheck_tools=False)
        os._exit(0)

    rng = random.Random(seed)
    kill_points = list(range(1, 141)) + [rng.randint(1, 160) for _ in range(runs - 140)]
    results = []
    for kill_at in kill_points:
        reset()
        pid = os.fork()
        if pid == 0:
            child(kill_at)
        _, status = os.waitpid(pid, 0)
        exit_code = os.waitstatus_to_exitcode(status)
        states = {}
        for target in allowed:
            path = Path(target)
            states[target] = path.read_bytes().hex() if path.exists() else None
        try:
            entries = len(Journal(data / "journal").entries())
            undone = undo(Journal(data / "journal"), ctx)
            undo_problem = None if undone.conflict is None and undone.failure is None else repr(undone)
        except Exception as error:
            entries, undo_problem = -1, repr(error)
        results.append({
            "kill_at": kill_at,
            "exit_code": exit_code,
            "bad_targets": [t for t, s in states.items() if s not in allowed[t]],
            "entries": entries,
            "undo_problem": undo_problem,
            "restored": snapshot() == original,
            "diff": sorted(set(snapshot().items()) ^ set(original.items()))[:4],
        })
    print(json.dumps(results))
    """
)


def test_kill_anywhere_keeps_files_whole(tmp_path: Path, org_ca: trustme.CA, isolated_env: Path) -> None:
    pem = tmp_path / "org.pem"
    pem.write_bytes(org_ca.cert_pem.bytes())
    completed = subprocess.run(
        [sys.executable, "-c", HELPER, str(pem), str(RUNS), str(SEED)],
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    results = json.loads(completed.stdout)

    assert len(results) == RUNS
    killed = [run for run in results if run["exit_code"] == 9]
    assert len(killed) >= 100, "too few kill points fell inside the apply"
    assert [run for run in results if run["bad_targets"]] == []
    assert [run for run in results if run["entries"] < 0] == []
    assert [run for run in results if run["undo_problem"]] == []
    assert [(run["kill_at"], run["diff"]) for run in results if not run["restored"]] == []
