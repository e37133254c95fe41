"""`python -m shipdesk.sandbox ...` prints its ready line and serves both APIs until stopped."""

import re
import subprocess
import sys

import httpx


def test_cli_serves_v1_and_v2_with_the_given_keys():
    proc = subprocess.Popen(
        [sys.executable, "-m", "shipdesk.sandbox", "--host", "127.0.0.1", "--port", "0", "--v1-key", "K",
         "--v1-secret", "S", "--v2-key", "K2", "--orders", "25", "--seed", "3", "--window-seconds", "5",
         "--fault", "500:GET /users:x1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline().strip()
        m = re.fullmatch(r"ShipStation sandbox ready: (http://127\.0\.0\.1:\d+)", line)
        assert m, line
        url = m.group(1)
        orders = httpx.get(url + "/orders", auth=("K", "S"), params={"pageSize": 10}).json()
        assert orders["total"] == 25 and orders["pages"] == 3
        assert httpx.get(url + "/v2/carriers", headers={"API-Key": "K2"}).status_code == 200
        assert httpx.get(url + "/users", auth=("K", "S")).status_code == 500  # the --fault
        assert httpx.get(url + "/users", auth=("K", "S")).status_code == 200
    finally:
        proc.terminate()
        proc.wait(10)


def test_cli_rejects_a_bad_plan():
    r = subprocess.run([sys.executable, "-m", "shipdesk.sandbox", "--plan", "platinum"], capture_output=True,
                       text=True, timeout=30)
    assert r.returncode == 2 and "plan" in r.stderr
