#!/usr/bin/env python3
"""Checks the golden tables against the sample texts, independently of the program.

    python3 tests/golden/check-against-samples.py

For every table of both samples it reads the table's lines in the sample itself and checks
that the golden file (what `budgetdesk show ID --table N` printed) has
  - one data row per data line of the sample, in the same order, none missing, none extra;
  - on each row the same codes, the same name (PDF line-wrap spaces between two Chinese
    characters removed) and the same amounts in the same order;
  - Kizilsu (tab-separated): every cell equal to the sample's cell in the same column;
  - Putuo (pdftotext -layout): each amount in the column its right edge sits under, judged by
    the gaps between right edges on the table's fullest rows (the page may shift as a whole);
  - the empty-table note equal to the sample's note; header rows equal to the sample's header
    lines (Kizilsu; Putuo's layout headers are spread over several text lines and are only
    checked to contain the column names).
It also re-adds every published tree and checks parent = sum of children, 合计 = 基本 + 项目
and the like, printing (not failing on) the published rounding differences.
Exit status 0 when everything matches.
"""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(HERE, '..', '..', 'resources', 'samples')
CJK = '\u3000-\u9fff\uff00-\uffef'
AMOUNT = re.compile(r'^-?(\d{1,3}(,\d{3})+|\d+)\.\d{2}$')

problems = []


def problem(msg):
    problems.append(msg)
    print('PROBLEM:', msg)


def mend(s):
    s = s.strip()
    return re.sub('(?<=[%s])\\s+(?=[%s])' % (CJK, CJK), '', s)


def golden(sample, n):
    with open(os.path.join(HERE, sample, 'table-%02d.tsv' % n), encoding='utf-8') as f:
        text = f.read()
    assert text.endswith('\n'), 'golden %s/%d does not end with a newline' % (sample, n)
    return [l.split('\t') for l in text[:-1].split('\n')]


def fen(s):
    s = s.replace(',', '')
    neg = s.startswith('-')
    whole, frac = s.lstrip('-').split('.')
    v = int(whole) * 100 + int(frac)
    return -v if neg else v


# ---------------------------------------------------------------- Kizilsu (tabs)

def check_kizilsu():
    src = open(os.path.join(SAMPLES, 'kizilsu-foreign-affairs-2026.txt'), encoding='utf-8').read().split('\n')
    # The tables sit between "第二部分 … 公开表" (the second one: the first is the contents) and 第三部分.
    body = [i for i, l in enumerate(src) if l.strip().startswith('第二部分')][1]
    end = [i for i, l in enumerate(src) if l.strip().startswith('第三部分') and i > body][0]
    starts = {}
    for i in range(body, end):
        m = re.fullmatch(r'表 (\d+)', src[i].strip())
        if m:
            starts[int(m.group(1))] = i
    assert sorted(starts) == list(range(1, 12)), starts
    for n in range(1, 12):
        lo = starts[n] + 1
        while not src[lo].strip():
            lo += 1
        lo += 1  # the title
        hi = starts[n + 1] if n < 11 else end
        lines = [(i + 1, src[i]) for i in range(lo, hi) if src[i].strip()]
        g = golden('kizilsu', n)
        width = len(g[0])
        # Header: every line up to the "※" column-number row, or, for the two-sided tables
        # (1 and 4) which have none, the first two lines after 编制部门 / 单位.
        headers, data, note = [], [], None
        in_header = True
        two_sided = n in (1, 4)
        for no, text in lines:
            t = text.strip()
            if t.startswith('编制部门') or t.startswith('单位：'):
                in_header = True  # a page break repeats the header (table 2)
                continue
            if '空表' in t:
                note = mend(t)
                continue
            if in_header:
                headers.append((no, text))
                if text.startswith('※') or (two_sided and len(headers) == 2):
                    in_header = False
                continue
            data.append((no, text))
        # The header as printed first; a repeat must say the same, brackets aside.
        fold = lambda s: s.replace('(', '（').replace(')', '）')
        first = []
        seen = set()
        for no, text in headers:
            cells = [mend(c) for c in text.split('\t')]
            key = tuple(fold(c) for c in cells)
            if key in seen:
                continue
            seen.add(key)
            first.append((no, cells))
        for k, (no, cells) in enumerate(first):
            gc = g[k]
            if [fold(c) for c in cells] != [fold(mend(c)) for c in gc]:
                problem('kizilsu table %d header line %d %r != golden header row %d %r' % (n, no, cells, k + 1, gc))
            elif cells != gc:
                print('  note: kizilsu table %d header row %d keeps the PDF\'s wrap spaces: %r' % (n, k + 1, [c for c in gc if c != mend(c)]))
        nh = len(first)
        rows = g[nh:]
        if note is not None:
            if not rows or rows[-1] != [note]:
                problem('kizilsu table %d: note %r missing or different in golden (%r)' % (n, note, rows[-1:] if rows else None))
            else:
                rows = rows[:-1]
        if len(rows) != len(data):
            problem('kizilsu table %d: %d data lines in the sample, %d rows in the golden' % (n, len(data), len(rows)))
        for (no, text), gr in zip(data, rows):
            cells = [mend(c) for c in text.split('\t')]
            cells += [''] * (width - len(cells))
            extra = [c for c in cells[width:] if c]
            if extra or cells[:width] != gr:
                problem('kizilsu table %d line %d:\n  sample %r\n  golden %r' % (n, no, cells, gr))
            # Codes and amounts in order, the brief's weaker check, spelled out.
            tokens = [c for c in cells if re.fullmatch(r'\d{2,3}', c) or AMOUNT.match(c)]
            gtokens = [c for c in gr if re.fullmatch(r'\d{2,3}', c) or AMOUNT.match(c)]
            if tokens != gtokens:
                problem('kizilsu table %d line %d: tokens %r != %r' % (n, no, tokens, gtokens))
        print('kizilsu table %2d: %2d header rows, %2d data rows%s — ok' % (n, nh, len(rows), ', note' if note else ''))
    arithmetic_kizilsu()


def arithmetic_kizilsu():
    """Published sums, re-added (report only: the sample rounds its totals)."""
    for n, cols in ((2, range(4, 16)), (3, range(4, 7)), (5, range(4, 7))):
        g = golden('kizilsu', n)
        rows = [r for r in g if len(r) == len(g[0]) and (r[0].isdigit() or r[3] == '总计')]
        val = lambda r, c: fen(r[c]) if r[c] else 0
        for c in cols:
            leaves = sum(val(r, c) for r in rows if r[2])
            total = [val(r, c) for r in rows if r[3] == '总计'][0]
            if leaves != total:
                print('  note: kizilsu table %d column %d: 项 rows add up to %.2f, 总计 prints %.2f' % (n, c + 1, leaves / 100, total / 100))


# ---------------------------------------------------------------- Putuo (aligned)

def check_putuo():
    src = open(os.path.join(SAMPLES, 'putuo-commerce-2025.txt'), encoding='utf-8').read().split('\n')
    titles = ['部门财务收支预算总表', '部门收入预算总表', '部门支出预算总表', '部门财政拨款收支预算总表',
              '部门一般公共预算支出功能分类预算表', '部门政府性基金预算支出功能分类预算表',
              '部门国有资本经营预算支出功能分类预算表', '部门一般公共预算基本支出部门预算经济分类预算表',
              '部门“三公”经费和机关运行经费预算表']
    starts = []
    for t in titles:
        hits = [i for i, l in enumerate(src) if re.fullmatch(r'\d{4}年' + re.escape(t), l.strip())]
        assert len(hits) == 1, (t, hits)
        starts.append(hits[0])
    end = [i for i, l in enumerate(src) if l.strip() == '其他相关情况说明'][0]
    for n in range(1, 10):
        lo, hi = starts[n - 1] + 1, (starts[n] if n < 9 else end)
        g = golden('putuo', n)
        width = len(g[0])
        amount_cols = [c for c in range(width) if is_amount_column(n, c)]
        data, note = [], None
        for i in range(lo, hi):
            text = src[i]
            t = text.strip()
            if not t or t.startswith('编制部门'):
                continue
            if t.startswith('注'):
                note = t
                continue
            words = re.findall(r'\S+', text)
            has_amount = any(AMOUNT.match(w) for w in words)
            coded = bool(re.match(r'^\s*\d{3}(\s|$)', text))
            if has_amount or coded or t == '合计':
                data.append((i + 1, text))
        # Header rows: whatever precedes the data rows (and the note) in the golden; their text
        # is checked below to name the sample's columns.
        hdr = len(g) - len(data) - (1 if note is not None else 0)
        rows = g[hdr:]
        header_words = set()
        for i in range(lo, hi):
            if src[i].strip() and (i + 1) not in [no for no, _ in data] and not src[i].strip().startswith(('编制部门', '注')):
                header_words.update(w for w in re.findall(r'\S+', src[i]) if not w.startswith('单位'))
        golden_words = set(mend(c).replace(' ', '') for r in g[:hdr] for c in r if c)
        joined = ''.join(sorted(golden_words))
        for w in header_words:
            if w not in joined and mend(w) not in golden_words:
                problem('putuo table %d: header word %r of the sample is not in the golden header %r' % (n, w, golden_words))
        if note is not None:
            if rows[-1] != [note]:
                problem('putuo table %d: note %r != golden %r' % (n, note, rows[-1]))
            rows = rows[:-1]
        if len(rows) != len(data):
            problem('putuo table %d: %d data lines in the sample, %d rows in the golden' % (n, len(data), len(rows)))
        signature = column_signature(n, data)
        for (no, text), gr in zip(data, rows):
            words = [(m.group(), m.end()) for m in re.finditer(r'\S+', text)]
            amounts = [(w, e) for w, e in words if AMOUNT.match(w)]
            codes = []
            rest = [w for w, e in words if not AMOUNT.match(w)]
            while rest and re.fullmatch(r'\d{3}' if not codes else r'\d{2}', rest[0]) and len(codes) < 3:
                codes.append(rest.pop(0))
            gcodes = [c for c in gr[:3] if re.fullmatch(r'\d{2,3}', c)]
            gamounts = [gr[c] for c in amount_cols if gr[c]]
            if [a for a, _ in amounts] != gamounts:
                problem('putuo table %d line %d: amounts %r != golden %r' % (n, no, [a for a, _ in amounts], gamounts))
            if n not in (1, 4, 9) and codes != gcodes:
                problem('putuo table %d line %d: codes %r != golden %r' % (n, no, codes, gcodes))
            name = mend(' '.join(rest))
            glabels = [mend(gr[c]) for c in range(width) if c not in amount_cols and not re.fullmatch(r'\d{2,3}', gr[c]) and gr[c]]
            if name.replace(' ', '') != ''.join(glabels).replace(' ', ''):
                problem('putuo table %d line %d: labels %r != golden %r' % (n, no, name, glabels))
            # Placement: which golden column each amount went to, against the right-edge gaps.
            placed = [c for c in amount_cols if gr[c]]
            expect = place(n, amounts, signature, text, amount_cols)
            if expect is not None and expect != placed:
                problem('putuo table %d line %d: amounts placed in columns %r, the layout says %r' % (n, no, placed, expect))
        print('putuo   table %2d: %2d header rows, %2d data rows%s — ok' % (n, hdr, len(rows), ', note' if note else ''))
    arithmetic_putuo()


def is_amount_column(n, c):
    if n in (1,):
        return c in (1, 3)
    if n == 4:
        return c in (1, 3, 4, 5, 6)
    if n == 8:
        return c >= 3
    if n == 9:
        return True
    return c >= 4


def column_signature(n, data):
    """Right-edge offsets of each amount column relative to the first, from the fullest row."""
    best = None
    for no, text in data:
        ends = [m.end() for m in re.finditer(r'\S+', text) if AMOUNT.match(m.group())]
        if best is None or len(ends) > len(best):
            best = ends
    return [e - best[0] for e in best] if best else []


def place(n, amounts, signature, text, amount_cols):
    if n in (6, 7) or not amounts:
        return [] if not amounts else None
    if n == 9:
        return None  # one row: checked against the narrative in the README
    # Two-sided tables: amounts before the right-hand label belong to the left side.
    labels = [m for m in re.finditer(r'\S+', text) if not AMOUNT.match(m.group())]
    right_label = [m for m in labels if re.match(r'^[一二三四五六七八九十]+、.*支出$', m.group()) or m.group() == '支出总计']
    split = right_label[-1].start() if right_label else 0
    left = [a for a in amounts if a[1] <= split]
    right = [a for a in amounts if a[1] > split]
    if n == 1:
        return [1] * len(left) + [3] * len(right)
    if n == 4:
        # right side: 合计 then the next column by the gap (17 characters on every row, as on
        # the total row).
        cols = [1] * len(left)
        if right:
            cols.append(3)
            for a in right[1:]:
                gap = a[1] - right[0][1]
                cols.append(3 + round(gap / 17))
        return cols
    # Trees: the first amount is 合计; the others by their gap from it.
    first = amounts[0][1]
    cols = [amount_cols[0]]
    for a in amounts[1:]:
        gap = a[1] - first
        k = min(range(len(signature)), key=lambda j: abs(signature[j] - gap))
        cols.append(amount_cols[k])
    return cols


def arithmetic_putuo():
    for n in (2, 3, 5, 8):
        g = golden('putuo', n)
        codecols = 3 if n != 8 else 2
        rows = [r for r in g if r[0].isdigit() or (len(r) > codecols and r[codecols] == '合计')]
        amount_cols = [c for c in range(len(g[0])) if is_amount_column(n, c)]
        val = lambda r, c: fen(r[c]) if r[c] else 0
        for c in amount_cols:
            leaves = sum(val(r, c) for r in rows if r[codecols - 1])
            total = sum(val(r, c) for r in rows if r[codecols] == '合计')
            if leaves != total:
                problem('putuo table %d column %d: leaves %d != 合计 %d' % (n, c, leaves, total))
        if n in (3, 5):
            for r in rows:
                if val(r, 4) != val(r, 5) + val(r, 6):
                    problem('putuo table %d row %r: 合计 != 基本 + 项目' % (n, r))
        if n == 8:
            for r in rows:
                if val(r, 3) != val(r, 4) + val(r, 5):
                    problem('putuo table 8 row %r: 合计 != 人员 + 公用' % (r,))


check_kizilsu()
check_putuo()
print('%d problems' % len(problems))
sys.exit(1 if problems else 0)
