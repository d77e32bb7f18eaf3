#!/usr/bin/env python3
"""Counts the SQL statements one page costs, and times the account search.

Run by bench/statements.sh, which starts Payara on the rapport_bench database and has PostgreSQL
log every statement. For each request it notes the log's length before and after and counts the
statements the rapport_bench database received in between (BEGIN/COMMIT counted apart).
"""
import base64, glob, http.cookiejar, json, os, re, statistics, sys, time, urllib.parse, urllib.request

BASE = sys.argv[1]  # e.g. http://127.0.0.1:8383/rapport
LOG = max(glob.glob('/var/log/postgresql/*.log'), key=os.path.getmtime)
API = BASE + '/api/v1'


def basic(user):
    return 'Basic ' + base64.b64encode(f'{user}:rapport'.encode()).decode()


def call(method, url, user='anna', body=None, opener=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method)
    if opener is None:
        req.add_header('Authorization', basic(user))
        opener = urllib.request.build_opener()
    if data:
        req.add_header('Content-Type', 'application/json')
    with opener.open(req) as r:
        return r.status, r.read()


def counted(label, fn):
    time.sleep(0.5)
    start = os.path.getsize(LOG)
    status, _ = fn()
    time.sleep(0.7)  # let PostgreSQL write its log
    with open(LOG, 'rb') as f:
        f.seek(start)
        lines = f.read().decode('utf-8', 'replace').splitlines()
    mine = [l for l in lines if ' rapport_bench ' in l and ('statement:' in l or 'execute ' in l)]
    tx = [l for l in mine if re.search(r'(statement|execute [^:]*): (BEGIN|COMMIT|ROLLBACK)', l)]
    sql = len(mine) - len(tx)
    print(f'{label}: HTTP {status}, {sql} SQL statements (+{len(tx)} BEGIN/COMMIT)')
    return sql


def timed(label, fn, runs=15):
    for _ in range(3):
        fn()
    ms = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        ms.append((time.perf_counter() - t) * 1000)
    ms.sort()
    print(f'{label}: median {statistics.median(ms):.1f} ms, p90 {ms[int(len(ms) * 0.9) - 1]:.1f} ms ({runs} runs)')


def screen_session(user):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(BASE + '/login.xhtml').read().decode()
    state = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({
        'login': 'login', 'login:username': user, 'login:password': 'rapport',
        'login:submit': '', 'jakarta.faces.ViewState': state}).encode()
    opener.open(urllib.request.Request(BASE + '/login.xhtml', data=form)).read()
    return opener


anna = screen_session('anna')
maria = None
segment = json.loads(call('POST', API + '/segments', 'maria', {
    'name': 'Bench statements ' + str(time.time()),
    'criteria': {'relationshipTypes': ['COMMUNAL_SHARING'], 'countries': ['NL']}})[1])['id']

counted('GET /accounts?size=20 (anna, 50,000 accounts)', lambda: call('GET', API + '/accounts?size=20'))
counted('GET /accounts?size=20&q=account 4711', lambda: call('GET', API + '/accounts?size=20&q=account%204711'))
counted('GET /segments/{id}/members?size=20 (maria)', lambda: call('GET', f'{API}/segments/{segment}/members?size=20', 'maria'))
counted('POST /segments/preview (maria)', lambda: call('POST', API + '/segments/preview', 'maria', {'relationshipTypes': ['MARKET_PRICING']}))
counted('GET /worklist (anna)', lambda: call('GET', API + '/worklist'))
counted('screen accounts/list.xhtml (anna, first page of 20)', lambda: (200, anna.open(BASE + '/accounts/list.xhtml').read()))
counted('screen engagement/dashboard.xhtml (anna)', lambda: (200, anna.open(BASE + '/engagement/dashboard.xhtml').read()))

timed('GET /accounts?q=account 4711 (anna)', lambda: call('GET', API + '/accounts?size=20&q=account%204711'))
timed('GET /accounts?q=bench account 9999 (maria, all 100,000)', lambda: call('GET', API + '/accounts?size=20&q=bench%20account%209999', 'maria'))
timed('GET /accounts?q=logistiek (maria, 12,500 matches)', lambda: call('GET', API + '/accounts?size=20&q=logistiek', 'maria'))
timed('GET /worklist (anna)', lambda: call('GET', API + '/worklist'), runs=8)
timed('screen engagement/dashboard.xhtml (anna)', lambda: anna.open(BASE + '/engagement/dashboard.xhtml').read(), runs=8)
call('DELETE', f'{API}/segments/{segment}', 'maria')
