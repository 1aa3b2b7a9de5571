#!/usr/bin/env python3
"""Checks the golden tables against the sample texts, independently of the program.

    python3 tests/golden/check-against-samples.py

For every table of every sample (Kizilsu, and the Shanghai district family: the Putuo
商务委 部门 budget, the 万里街道 2023 部门 budget, and the two 单位 budgets) it reads the table's lines in the sample itself and checks
that the golden file (what `budgetdesk show ID --table N` printed) has
  - one data row per data line of the sample, in the same order, none missing, none extra;
  - on each row the same codes, the same name (PDF line-wrap spaces between two Chinese
    characters removed) and the same amounts in the same order;
  - Kizilsu (tab-separated): every cell equal to the sample's cell in the same column;
  - Shanghai (pdftotext -layout): each amount in the column its right edge sits under, judged
    by the gaps between right edges on the table's fullest rows (the page may shift as a
    whole); a name the PDF wrapped onto the next line, or around its figures, is joined;
  - the empty-table note equal to the sample's note; header rows equal to the sample's header
    lines (Kizilsu; Shanghai's layout headers are spread over several text lines and are only
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
# Amounts as the samples print them: decimals, or whole yuan / 万元 ("164,978,640", "0", "15").
AMOUNT = re.compile(r'^-?(\d{1,3}(,\d{3})+|\d+)(\.\d{2})?$')
DATA = os.path.join(HERE, '..', 'data')
ROW_LABEL = re.compile(r'^([一二三四五六七八九十]+、|\d[、.．])')

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
    whole, _, frac = s.lstrip('-').partition('.')
    v = int(whole) * 100 + int(frac or 0)
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


# ---------------------------------------------------------------- Shanghai family (aligned)

# (golden folder, sample text, variant): the 部门 titles, or the 单位 variant's 预算单位 / 单位.
SHANGHAI = [
    ('putuo', os.path.join(SAMPLES, 'putuo-commerce-2025.txt'), 'dept'),
    ('wanli', os.path.join(DATA, 'putuo-wanli-2023.txt'), 'dept'),
    ('govoffice-unit', os.path.join(DATA, 'putuo-govoffice-unit-2025.txt'), 'unit'),
    ('commerce-unit', os.path.join(DATA, 'putuo-commerce-unit-2025.txt'), 'unit'),
]
TITLES = ['部门财务收支预算总表', '部门收入预算总表', '部门支出预算总表', '部门财政拨款收支预算总表',
          '部门一般公共预算支出功能分类预算表', '部门政府性基金预算支出功能分类预算表',
          '部门国有资本经营预算支出功能分类预算表', '部门一般公共预算基本支出部门预算经济分类预算表',
          '部门“三公”经费和机关运行经费预算表']


def title_of(n, variant):
    t = TITLES[n - 1]
    if variant == 'unit':
        t = ('单位' if n == 9 else '预算单位') + t[2:]
    return t


def check_shanghai(name, path, variant):
    src = open(path, encoding='utf-8').read().split('\n')
    starts = []
    for n in range(1, 10):
        hits = [i for i, l in enumerate(src) if re.fullmatch(r'\d{4}年' + re.escape(title_of(n, variant)), l.strip())]
        assert len(hits) == 1, (name, n, hits)
        starts.append(hits[0])
    end = [i for i, l in enumerate(src) if l.strip() == '其他相关情况说明'][0]
    for n in range(1, 10):
        lo, hi = starts[n - 1] + 1, (starts[n] if n < 9 else end)
        g = golden(name, n)
        width = len(g[0])
        amount_cols = [c for c in range(width) if is_amount_column(n, c, variant)]
        # Header words: the golden's header rows, for telling a repeated page header from a
        # wrapped name.
        data, note, loose = [], None, []
        for i in range(lo, hi):
            text = src[i]
            t = text.strip()
            if not t or t.startswith(('编制部门', '编制单位')):
                continue
            if t.startswith('注'):
                note = t
                continue
            words = re.findall(r'\S+', text)
            rest = strip_codes(words) if n not in (1, 4, 9) else words
            has_amount = any(AMOUNT.match(w) for w in rest)
            coded = bool(re.match(r'^\s*\d{3}(\s|$)', text))
            # Two-sided tables: a row label ("二、事业收入", "1、一般公共预算资金") makes a row
            # even where the row has no amount.
            labelled = n in (1, 4) and any(ROW_LABEL.match(w) for w in words)
            if has_amount or coded or labelled or t == '合计':
                data.append([i + 1, text, ''])
            else:
                loose.append((i + 1, text))
        # A label right above a line of figures alone is the start of a name the PDF wrapped
        # around them ("四、文化旅游体育与传媒" / figures / "支出"), not a row of its own.
        figures_only = {no for no, text, _ in data if all(AMOUNT.match(w) for w in re.findall(r'\S+', text))}
        for row in [r for r in data if r[0] + 1 in figures_only and r[0] not in figures_only]:
            data.remove(row)
            loose.append((row[0], row[1]))
        loose.sort()
        hdr = len(g) - len(data) - (1 if note is not None else 0)
        golden_words = set(mend(c).replace(' ', '') for r in g[:hdr] for c in r if c)
        joined = ''.join(sorted(golden_words))
        # The golden header is the template's: a sample may print a year before a header word
        # ("2023年“三公”经费预算数"), 部门经济分类科目名称 for 经济分类科目名称, or 国有资本经营
        # 财政拨款预算支出 for 国有资本经营预算支出.
        in_header = lambda w: (w.startswith('单位') or mend(w) in golden_words
                               or re.sub(r'^\d{4}年|^部门', '', w).replace('财政拨款预算', '预算') in joined)
        is_header = lambda text: all(in_header(w) for w in re.findall(r'\S+', text))
        # A text line right below a data line continues its name; right above a line of figures
        # alone, it starts the name the PDF wrapped around them.
        numbers = {no: k for k, (no, _, _) in enumerate(data)}
        for no, text in loose:
            if is_header(text) and not (no - 1 in numbers or no + 1 in numbers):
                continue
            below = numbers.get(no + 1)
            above = numbers.get(no - 1)
            if below is not None and all(AMOUNT.match(w) for w in re.findall(r'\S+', data[below][1])):
                data[below][2] = text.strip() + data[below][2]
            elif above is not None and ((data[above][0] in figures_only and data[above][2]) or not is_header(text)):
                data[above][2] += text.strip()
            elif not is_header(text):
                problem('%s table %d line %d: text %r belongs to no row' % (name, n, no, text.strip()))
        rows = g[hdr:]
        header_words = set()
        for no, text in loose:
            if is_header(text) or not (no - 1 in numbers or no + 1 in numbers):
                header_words.update(w for w in re.findall(r'\S+', text) if not w.startswith('单位'))
        for w in header_words:
            if not in_header(w):
                problem('%s table %d: header word %r of the sample is not in the golden header %r' % (name, n, w, golden_words))
        if note is not None:
            if rows[-1] != [note]:
                problem('%s table %d: note %r != golden %r' % (name, n, note, rows[-1]))
            rows = rows[:-1]
        if len(rows) != len(data):
            problem('%s table %d: %d data lines in the sample, %d rows in the golden' % (name, n, len(data), len(rows)))
        signature = column_signature(n, data)
        for (no, text, extra), gr in zip(data, rows):
            words = [(m.group(), m.end()) for m in re.finditer(r'\S+', text)]
            codes = []
            rest = list(words)
            while n not in (1, 4, 9) and rest and re.fullmatch(r'\d{3}' if not codes else r'\d{2}', rest[0][0]) and len(codes) < 3:
                codes.append(rest.pop(0)[0])
            amounts = [(w, e) for w, e in rest if AMOUNT.match(w)]
            labels = [w for w, e in rest if not AMOUNT.match(w)]
            gcodes = [c for c in gr[:3] if re.fullmatch(r'\d{2,3}', c)]
            gamounts = [gr[c] for c in amount_cols if gr[c]]
            if [fen(a) for a, _ in amounts] != [fen(a) for a in gamounts]:
                problem('%s table %d line %d: amounts %r != golden %r' % (name, n, no, [a for a, _ in amounts], gamounts))
            if n not in (1, 4, 9) and codes != gcodes:
                problem('%s table %d line %d: codes %r != golden %r' % (name, n, no, codes, gcodes))
            label = mend(' '.join(labels) + extra)
            glabels = [mend(gr[c]) for c in range(width) if c not in amount_cols and not re.fullmatch(r'\d{2,3}', gr[c]) and gr[c]]
            if label.replace(' ', '') != ''.join(glabels).replace(' ', ''):
                problem('%s table %d line %d: labels %r != golden %r' % (name, n, no, label, glabels))
            placed = [c for c in amount_cols if gr[c]]
            expect = place(n, amounts, signature, text, amount_cols)
            if expect is not None and expect != placed:
                problem('%s table %d line %d: amounts placed in columns %r, the layout says %r' % (name, n, no, placed, expect))
        print('%-15s table %d: %2d header rows, %2d data rows%s — ok' % (name, n, hdr, len(rows), ', note' if note else ''))
    arithmetic_shanghai(name, variant)


def strip_codes(words):
    rest = list(words)
    codes = 0
    while rest and re.fullmatch(r'\d{3}' if not codes else r'\d{2}', rest[0]) and codes < 3:
        rest.pop(0)
        codes += 1
    return rest


def is_amount_column(n, c, variant):
    if n == 1:
        return c in ((1, 3, 4, 5, 6) if variant == 'unit' else (1, 3))
    if n == 4:
        return c in (1, 3, 4, 5, 6)
    if n == 8:
        return c >= 3
    if n == 9:
        return True
    return c >= 4


def split_sides(text, amounts):
    """Two-sided tables: amounts before the right-hand label belong to the left side."""
    labels = [m for m in re.finditer(r'\S+', text) if not AMOUNT.match(m.group())]
    right_label = [m for m in labels if re.match(r'^[一二三四五六七八九十]+、.*', m.group()) and m.start() > 20
                   or m.group() == '支出总计']
    cut = right_label[-1].start() if right_label else 0
    return [a for a in amounts if a[1] <= cut], [a for a in amounts if a[1] > cut]


def column_signature(n, data):
    """Right-edge offsets of each amount column relative to the first, from the fullest row
    (of the right side, in a two-sided table)."""
    best = None
    for no, text, _ in data:
        words = re.findall(r'\S+', text) if n in (1, 4, 9) else strip_codes(re.findall(r'\S+', text))
        amounts = [(m.group(), m.end()) for m in re.finditer(r'\S+', text) if AMOUNT.match(m.group())]
        amounts = amounts[len(amounts) - len([w for w in words if AMOUNT.match(w)]):]
        if n in (1, 4):
            amounts = split_sides(text, amounts)[1]
        ends = [e for _, e in amounts]
        if best is None or len(ends) > len(best):
            best = ends
    return [e - best[0] for e in best] if best else []


def place(n, amounts, signature, text, amount_cols):
    if n in (6, 7) or not amounts:
        return [] if not amounts else None
    if n == 9:
        return None  # one row: checked against the narrative in the README
    cols = []
    if n in (1, 4):
        left, amounts = split_sides(text, amounts)
        cols = [amount_cols[0]] * len(left)
        amount_cols = amount_cols[1:]
        if not amounts:
            return cols
    # The first amount is 合计; the others by their gap from it.
    first = amounts[0][1]
    cols.append(amount_cols[0])
    for a in amounts[1:]:
        gap = a[1] - first
        k = min(range(len(signature)), key=lambda j: abs(signature[j] - gap))
        cols.append(amount_cols[k])
    return cols


def arithmetic_shanghai(name, variant):
    val = lambda r, c: fen(r[c]) if r[c] else 0
    for n in (2, 3, 5, 8):
        g = golden(name, n)
        codecols = 3 if n != 8 else 2
        rows = [r for r in g if r[0].isdigit() or (len(r) > codecols and r[codecols] == '合计')]
        amount_cols = [c for c in range(len(g[0])) if is_amount_column(n, c, variant)]
        for c in amount_cols:
            leaves = sum(val(r, c) for r in rows if r[codecols - 1])
            total = sum(val(r, c) for r in rows if r[codecols] == '合计')
            if leaves != total:
                problem('%s table %d column %d: leaves %d != 合计 %d' % (name, n, c, leaves, total))
        if n in (3, 5):
            for r in rows:
                if val(r, 4) != val(r, 5) + val(r, 6):
                    problem('%s table %d row %r: 合计 != 基本 + 项目' % (name, n, r))
        if n == 8:
            for r in rows:
                if val(r, 3) != val(r, 4) + val(r, 5):
                    problem('%s table 8 row %r: 合计 != 人员 + 公用' % (name, r))
    # Table 1's expenditure side: the 类 rows add up to 支出总计; in the 单位 variant each row's
    # 合计 = 人员经费 + 公用经费 + 项目支出.
    g = golden(name, 1)
    cols = (3, 4, 5, 6) if variant == 'unit' else (3,)
    body = [r for r in g if r[2] and r[2] != '支出总计' and r[2] != '项目' and any(r[c] for c in cols)]
    total = [r for r in g if r[2] == '支出总计'][0]
    for c in cols:
        if sum(val(r, c) for r in body) != val(total, c):
            problem('%s table 1 column %d: 类 rows != 支出总计' % (name, c))
    if variant == 'unit':
        for r in body + [total]:
            if val(r, 3) != val(r, 4) + val(r, 5) + val(r, 6):
                problem('%s table 1 row %r: 合计 != 人员 + 公用 + 项目' % (name, r))


check_kizilsu()
for name, path, variant in SHANGHAI:
    check_shanghai(name, path, variant)
print('%d problems' % len(problems))
sys.exit(1 if problems else 0)
