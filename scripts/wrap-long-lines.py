#!/usr/bin/env python3
"""Wraps src/**/*.cs and *.razor lines over 140 characters without changing behaviour (docs/decisions/0013).

Usage: scripts/wrap-long-lines.py [REPO_ROOT]   then build, run the tests, and read the diff.

Rules: C# breaks only at whitespace in code (never in strings, comments or preprocessor lines), preferring a comma or
an operator at the shallowest nesting, or a method-chain dot; a trailing comment moves above its statement; comments
are word-wrapped; a long regular or $ string literal is split in two joined with + (same value); Razor markup breaks
between attributes, else at a space in text (the rendered text then holds a line break where it held a space: check
tests that compare whole texts). Lines in raw strings get whitespace only between tokens (fine for SQL). Files listed
in LineLengthTests.NotYetWrapped are left alone. Prints the lines it could not wrap: do those by hand.
"""
import os, re, sys
MAX = 140
root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..')
_test = os.path.join(root, 'tests/MerchantInsights.Analytics.Tests/Conventions/LineLengthTests.cs')
_block = open(_test, encoding='utf-8').read().split('NotYetWrapped =')[1].split('];')[0]
EXCL = re.findall(r'"([^"]+)"', _block)

def mask_line(line, state):
    """state: None (code) or 'block' (in /* */). Returns (mask, end_state, ok). mask: c code, s string, m comment."""
    m = []; i = 0; n = len(line)
    if '"""' in line: return None, state, False
    while i < n:
        if state == 'block':
            j = line.find('*/', i)
            if j < 0: m += 'm' * (n - i); return ''.join(m), 'block', True
            m += 'm' * (j + 2 - i); i = j + 2; state = None; continue
        ch = line[i]
        if line.startswith('//', i): m += 'm' * (n - i); break
        if line.startswith('/*', i): state = 'block'; continue
        if ch == "'" or re.match(r'(\$@|@\$|@|\$)?"', line[i:]):
            j = scan_literal(line, i)
            if j is None: return None, state, False
            m += 's' * (j - i); i = j; continue
        m.append('c'); i += 1
    return ''.join(m), state, True

def scan_literal(line, i):
    """End (exclusive) of the char or string literal starting at i, or None."""
    n = len(line)
    if line[i] == "'":
        j = i + 1
        while j < n and line[j] != "'":
            j += 2 if line[j] == '\\' else 1
        return None if j >= n else j + 1
    pm = re.match(r'(\$@|@\$|@|\$)?"', line[i:])
    pre = pm.group(1) or ''
    verb = '@' in pre; interp = '$' in pre
    j = i + len(pm.group(0))
    while True:
        if j >= n: return None
        c = line[j]
        if interp and c == '{':
            if line.startswith('{{', j): j += 2; continue
            j = skip_hole(line, j + 1)
            if j is None: return None
            continue
        if verb and c == '"':
            if line.startswith('""', j): j += 2; continue
            return j + 1
        if not verb and c == '\\': j += 2; continue
        if c == '"': return j + 1
        j += 1

def skip_hole(line, j):
    depth = 0; n = len(line)
    while j < n:
        c = line[j]
        if c in '([{': depth += 1
        elif c in ')]':
            depth -= 1
        elif c == '}':
            if depth == 0: return j + 1
            depth -= 1
        elif c == '"' or c == "'" or (c in '@$' and re.match(r'(\$@|@\$|@|\$)"', line[j:])):
            k = scan_literal(line, j)
            if k is None: return None
            j = k; continue
        elif c == ':' and depth == 0:
            k = line.find('}', j)
            return None if k < 0 else k + 1
        j += 1
    return None

def depths(line, mask):
    d = 0; out = []
    for c, k in zip(line, mask):
        if k == 'c' and c in ')]}': d -= 1
        out.append(d)
        if k == 'c' and c in '([{': d += 1
    return out

OPS = [' && ', ' || ', ' ?? ', ' ? ', ' : ', ' + ', ' => ']

def choose_break(line, mask, limit):
    """(cut, keep): the line becomes line[:cut] and a continuation starting at line[keep:]."""
    ind = len(line) - len(line.lstrip())
    dep = depths(line, mask)
    cands = []
    lo = ind + 30
    for k in range(lo, min(limit, len(line) - 1)):
        if mask[k] != 'c': continue
        c = line[k]
        if c == ',' and line[k + 1:k + 2] == ' ' and k + 1 < limit:
            cands.append((dep[k], 0, k + 1, k + 2))
        elif c == ' ':
            for op in OPS:
                if line.startswith(op, k) and all(m == 'c' for m in mask[k:k + len(op)]):
                    if op == ' => ' and dep[k] != 0: continue
                    cands.append((dep[k], 1, k, k + 1))
        elif c == '.' and line[k - 1] == ')' and re.match(r'\.[A-Z]\w*\(', line[k:]):
            cands.append((dep[k], 2, k, k))
    if cands:
        mind = min(c[0] for c in cands)
        best = max((c for c in cands if c[0] == mind), key=lambda c: c[2])
        return best[2], best[3]
    for k in range(min(limit, len(line)) - 1, ind + 10, -1):
        if line[k] == ' ' and mask[k] == 'c' and line[k - 1] != ' ': return k, k + 1
    return None

def split_string(line, mask, limit, cont):
    """Split a regular or $ string literal crossing the limit at a space inside it: "a b" -> "a " +\n "b"."""
    for mt in re.finditer(r'(\$)?"', line):
        s = mt.start()
        if mask[s] != 's' or (s > 0 and mask[s - 1] == 's'): continue
        e = s
        while e < len(mask) and mask[e] == 's': e += 1
        if e <= limit: continue
        if s > 0 and line[s - 1] == '@' or line[e:e + 2] == 'u8': return None
        interp = mt.group(1) is not None
        depth = 0; pos = None
        for k in range(mt.end(), min(limit - 3, e - 2)):
            c = line[k]
            if interp and c == '{': depth += 1
            if interp and c == '}': depth -= 1
            if c == ' ' and depth == 0 and line[k - 1] != '\\' and k > s + 10: pos = k
        if pos is None: return None
        pre = '$"' if interp else '"'
        return line[:pos + 1] + '" +', cont + pre + line[pos + 1:]
    return None

def wrap_comment(line):
    ind = line[:len(line) - len(line.lstrip())]
    mt = re.match(r'(///?\s?)', line.lstrip())
    prefix = ind + mt.group(1)
    words = line.lstrip()[len(mt.group(1)):]
    out = []; cur = ''
    # do not break inside <...>
    tokens = re.findall(r'(?:<[^>]*>|[^\s<])+|\s+', words)
    for t in tokens:
        if t.isspace():
            if cur: cur += ' '
            continue
        if cur and len(prefix + cur + t) > MAX:
            out.append(prefix + cur.rstrip()); cur = ''
        cur += t
    if cur: out.append(prefix + cur.rstrip())
    return out if all(len(o) <= MAX for o in out) else None

def wrap_code(line, mask):
    ind = line[:len(line) - len(line.lstrip())]
    cont = ind + '    '
    # a trailing comment goes above the statement
    if 'm' in mask:
        k = mask.index('m')
        code = line[:k].rstrip()
        if code.strip() and line[k:].startswith('//'):
            above = wrap_comment(ind + line[k:]) if len(ind + line[k:]) > MAX else [ind + line[k:]]
            if above is None: return None
            rest = wrap_code(code, mask[:len(code)]) if len(code) > MAX else [code]
            return None if rest is None else above + rest
        if not code.strip():
            return wrap_comment(line)
    out = []; cur = line; curmask = mask; first = True
    while len(cur) > MAX:
        b = choose_break(cur, curmask, MAX + 1)
        if b is None:
            sp = split_string(cur, curmask, MAX, cont if first else cur[:len(cur) - len(cur.lstrip())])
            if sp is None: return None
            out.append(sp[0]); cur = sp[1]
        else:
            out.append(cur[:b[0]].rstrip()); cur = (cont if first else cur[:len(cur) - len(cur.lstrip())]) + cur[b[1]:].lstrip()
        first = False
        curmask, _, ok = mask_line(cur, None)
        if not ok: return None
    out.append(cur)
    return out

def wrap_tag(line):
    """Razor markup: break at spaces in text or between attributes, never in quotes, @(...) or {...}."""
    s = line.lstrip()
    if re.search(r'@(if|foreach|for|while|switch|code)\b|@\{|<pre|<textarea', line): return None
    ind = line[:len(line) - len(s)]; cont = ind + '    '
    spots = []; attrs = set(); q = False; par = 0; i = len(ind)
    # a line that goes on with a tag's attributes (Name="..." on its own line) starts inside the tag
    tag = bool(re.match(r'[\w@:.-]+="', s))
    while i < len(line):
        c = line[i]
        if par:
            if c in '([{': par += 1
            elif c in ')]}': par -= 1
            elif c == '"' or c == "'":
                k = scan_literal(line, i)
                if k is None: return None
                i = k; continue
            i += 1; continue
        if line.startswith('@(', i): par = 1; i += 2; continue
        if c == '{' and not q: return None
        if tag:
            if c == '"': q = not q
            elif c == '>' and not q: tag = False
            elif c == ' ' and not q and re.match(r'[A-Za-z@]', line[i + 1:i + 2] or ' ') and line[i - 1] != ' ':
                spots.append(i); attrs.add(i)
        else:
            if c == '<': tag = True
            elif c == ' ' and line[i - 1] != ' ' and line[i + 1:i + 2] not in ('', ' '):
                spots.append(i)
        i += 1
    if q or par: return None
    out = []; start = 0; cur_ind = ''
    while len(cur_ind + line[start:].lstrip()) > MAX:
        ok = [p for p in spots if p > start and len(cur_ind) + p - start <= MAX and p - start > 20]
        if not ok: return None
        in_tag = [p for p in ok if p in attrs]
        p = in_tag[-1] if in_tag else ok[-1]
        out.append((cur_ind + line[start:p].lstrip()) if cur_ind else line[:p]); start = p + 1; cur_ind = cur_ind or cont
    out.append((cur_ind + line[start:].lstrip()) if cur_ind else line)
    return out

failed = []; changed = 0; wrapped = 0
for d, dirs, files in os.walk(os.path.join(root, 'src')):
    dirs[:] = [x for x in dirs if x not in ('bin', 'obj', 'Migrations')]
    for f in files:
        if not (f.endswith('.cs') or f.endswith('.razor')): continue
        p = os.path.relpath(os.path.join(d, f), root)
        if any(p.replace(os.sep, '/').startswith(e) for e in EXCL): continue
        raw = open(os.path.join(root, p), encoding='utf-8', newline='').read()
        bom = raw.startswith('\ufeff'); text = raw[1:] if bom else raw
        crlf = '\r\n' in text; text = text.replace('\r\n', '\n')
        lines = text.split('\n')
        if not any(len(l) > MAX for l in lines): continue
        razor = f.endswith('.razor'); in_code = not razor; state = None; out = []
        for no, l in enumerate(lines, 1):
            if razor and re.match(r'\s*@code\s*\{?\s*$', l): in_code = True
            if in_code and not l.lstrip().startswith('<'):
                mask, new_state, ok = mask_line(l, state) if state is None else (None, state, False)
                if state == 'block' and '*/' in l: new_state = None
                if len(l) > MAX:
                    res = None
                    if ok and state is None and not l.lstrip().startswith('#'):
                        res = wrap_code(l, mask)
                    if res: out += res; wrapped += 1
                    else: out.append(l); failed.append(f'{p}:{no}')
                else: out.append(l)
                state = new_state if ok or state == 'block' else None
            else:
                if len(l) > MAX:
                    res = wrap_tag(l) if razor else None
                    if res: out += res; wrapped += 1
                    else: out.append(l); failed.append(f'{p}:{no}')
                else: out.append(l)
        new = '\n'.join(out)
        if new != text:
            new = new.replace('\n', '\r\n') if crlf else new
            open(os.path.join(root, p), 'w', encoding='utf-8', newline='').write(('\ufeff' if bom else '') + new); changed += 1
print('wrapped', wrapped, 'lines in', changed, 'files; left', len(failed))
for x in failed: print('  ', x)
