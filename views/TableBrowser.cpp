#include "TableBrowser.h"
#include "FindBar.h"

#include "itemmodels/DisclosureTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace bd {

TableBrowser::TableBrowser(QWidget *parent)
    : QWidget(parent)
    , m_model(new DisclosureTableModel(this))
{
    m_tableLabel = new QLabel(this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("tableCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(16);
    m_tableLabel->setBuddy(m_combo);
    m_unitLabel = new QLabel(this);
    m_unitLabel->setObjectName(QStringLiteral("unitLabel"));
    m_showDerived = new QCheckBox(this);
    m_showDerived->setObjectName(QStringLiteral("showDerivedCheck"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("tableView"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_view->horizontalHeader()->setStretchLastSection(false);
    // Compact rows like a spreadsheet, rather than the style's roomy default.
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->viewport()->installEventFilter(this);

    m_noteLabel = new QLabel(this);
    m_noteLabel->setObjectName(QStringLiteral("noteLabel"));
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_differenceLabel = new QLabel(this);
    m_differenceLabel->setObjectName(QStringLiteral("differenceLabel"));
    m_differenceLabel->setWordWrap(true);
    m_readingLabel = new QLabel(this);
    m_readingLabel->setObjectName(QStringLiteral("readingLabel"));
    m_readingLabel->setWordWrap(true);
    m_readingLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readingLabel->setForegroundRole(QPalette::PlaceholderText);
    m_printedLines = new QPlainTextEdit(this);
    m_printedLines->setObjectName(QStringLiteral("printedLines"));
    m_printedLines->setReadOnly(true);
    m_printedLines->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_printedLines->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_printedLines->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_tableLabel);
    top->addWidget(m_combo); // as wide as the longest title, no wider
    top->addStretch(1);
    top->addWidget(m_unitLabel);
    top->addSpacing(12);
    top->addWidget(m_showDerived);

    m_find = new FindBar(m_view, this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_find);
    layout->addWidget(m_view, 2);
    layout->addWidget(m_printedLines, 1);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_differenceLabel);
    layout->addWidget(m_readingLabel);

    connect(m_combo, &QComboBox::currentIndexChanged, this, &TableBrowser::onComboIndexChanged);
    connect(m_showDerived, &QCheckBox::toggled, this, &TableBrowser::onShowDerivedToggled);

    retranslateUi();
    loadCurrentTable();
}

void TableBrowser::setImportRecord(const QList<UnreadableTable> &unreadable, const QList<TableReading> &readings)
{
    m_unreadable = unreadable;
    m_readings = readings;
}

void TableBrowser::setTables(const QList<DisclosureTable> &published,
                             const QList<DisclosureTable> &derived)
{
    m_published = published;
    m_derived = derived;

    QList<int> numbers;
    for (const DisclosureTable &t : m_derived)
        numbers.append(t.number);
    for (const DisclosureTable &t : m_published)
        numbers.append(t.number);
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());

    const int previous = m_current;
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        for (int number : numbers) {
            // The title as published, else as the template derives it.
            const DisclosureTable *t = findTable(m_published, number);
            if (!t)
                t = findTable(m_derived, number);
            QString text = t->title.isEmpty() ? QString::number(number) : QStringLiteral("%1 %2").arg(number).arg(t->title);
            if (std::any_of(m_unreadable.begin(), m_unreadable.end(), [&](const UnreadableTable &u) { return u.number == number; }))
                text = tr("%1 (not readable)").arg(text);
            m_combo->addItem(text, number);
        }
        int index = m_combo->findData(previous);
        if (index < 0 && m_combo->count() > 0)
            index = 0;
        m_combo->setCurrentIndex(index);
        m_current = index >= 0 ? m_combo->itemData(index).toInt() : 0;
    }

    loadCurrentTable();
    if (m_current != previous)
        emit currentTableChanged(m_current);
}

void TableBrowser::showTable(int number)
{
    const int index = m_combo->findData(number);
    if (index >= 0)
        m_combo->setCurrentIndex(index); // onComboIndexChanged does the rest
}

void TableBrowser::showCell(int number, const QString &rowKey, const QString &columnKey)
{
    showTable(number);
    DisclosureTableModel *model = this->model();
    int column = 0;
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->columnKey(c) == columnKey)
            column = c;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex cell = model->index(r, column);
        if (cell.data(DisclosureTableModel::CodeRole).toString() == rowKey) {
            view()->setCurrentIndex(cell);
            view()->scrollTo(cell, QAbstractItemView::PositionAtCenter);
            break;
        }
    }
    view()->setFocus();
}

int TableBrowser::currentTable() const
{
    return m_current;
}

void TableBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TableBrowser::retranslateUi()
{
    m_tableLabel->setText(tr("&Table:"));
    m_showDerived->setText(tr("Show &derived"));
    m_showDerived->setToolTip(
        tr("Show the table as derived from the schedules instead of as published"));
    updateLabels();
}

void TableBrowser::loadCurrentTable()
{
    const DisclosureTable *published = findTable(m_published, m_current);
    const DisclosureTable *derived = findTable(m_derived, m_current);

    // Set the mode first so that the new tables cause a single reset.
    m_model->setShowDerived(m_userShowDerived);
    if (!published && !derived) {
        m_model->clear();
    } else if (derived) {
        m_model->setTables(published, *derived);
    } else {
        // Published, but the derivation has no such table: compare with an empty one of the
        // same shape, so that every printed amount shows up as a difference.
        DisclosureTable empty = *published;
        empty.rows.clear();
        empty.note.clear();
        empty.sourceLine = 0;
        m_model->setTables(published, empty);
    }

    {
        // Without a published table the derived one is what is shown: say so, and let the
        // user's own choice come back with the next published table.
        const QSignalBlocker blocker(m_showDerived);
        m_showDerived->setEnabled(published != nullptr);
        m_showDerived->setChecked(published == nullptr || m_userShowDerived);
    }

    // A table the import could not read: its printed lines below the derivation.
    const auto unreadable = std::find_if(m_unreadable.begin(), m_unreadable.end(),
                                         [&](const UnreadableTable &u) { return u.number == m_current; });
    m_printedLines->setVisible(!published && unreadable != m_unreadable.end());
    m_printedLines->setPlainText(unreadable != m_unreadable.end() ? unreadable->lines.join(QLatin1Char('\n')) : QString());

    adjustColumns();
    updateLabels();
}

void TableBrowser::onComboIndexChanged(int index)
{
    const int number = index >= 0 ? m_combo->itemData(index).toInt() : 0;
    if (number == m_current)
        return;
    m_current = number;
    loadCurrentTable();
    emit currentTableChanged(number);
}

void TableBrowser::onShowDerivedToggled(bool checked)
{
    m_userShowDerived = checked;
    m_model->setShowDerived(checked);
    adjustColumns();
    updateLabels();
}

void TableBrowser::updateLabels()
{
    const bool hasTable = m_current != 0;
    const DisclosureTable &shown = m_model->shownTable();

    m_unitLabel->setVisible(hasTable);
    m_unitLabel->setText(tr("Unit: %1").arg(unitSuffix(shown.unit)));

    m_noteLabel->setVisible(hasTable && !shown.note.isEmpty());
    m_noteLabel->setText(shown.note);

    QString text;
    if (!hasTable)
        text = QString();
    else if (isDraft())
        text = tr("Draft: every figure is derived from the schedules");
    else if (const UnreadableTable *u = unreadableTable(); u && !m_model->hasPublished())
        text = tr("Printed in the document but not readable (line %1: %2). Shown as derived from the schedules; "
                  "its printed lines are below.")
                   .arg(u->line)
                   .arg(u->reason);
    else if (!m_model->hasPublished())
        text = tr("Not in the published document: derived from the schedules");
    else
        text = tr("%n cell(s) differ from the derivation", nullptr, m_model->differenceCount());
    m_differenceLabel->setText(text);

    const auto reading = std::find_if(m_readings.begin(), m_readings.end(),
                                      [&](const TableReading &t) { return t.table == m_current; });
    const bool showReading = hasTable && m_model->hasPublished() && !m_showDerived->isChecked() && reading != m_readings.end();
    m_readingLabel->setVisible(showReading);
    m_readingLabel->setText(showReading ? readingText(*reading) : QString());
    QStringList passedOver; // the lines themselves, on hovering
    if (showReading)
        for (const TableReading::Skipped &k : reading->skipped)
            passedOver.append(tr("line %1: %2").arg(k.line).arg(k.text));
    m_readingLabel->setToolTip(passedOver.join(QLatin1Char('\n')));
}

const UnreadableTable *TableBrowser::unreadableTable() const
{
    for (const UnreadableTable &u : m_unreadable)
        if (u.number == m_current)
            return &u;
    return nullptr;
}

// "Read 21 rows: 20 by code, 1 word for word; 47 figures under their header; lines 285–288
// passed over": how sure the import was of the table, the empty counts left out.
QString TableBrowser::readingText(const TableReading &t) const
{
    auto add = [](QStringList &parts, int count, const QString &text) {
        if (count)
            parts.append(text);
    };
    QStringList labels;
    add(labels, t.byCode, tr("%n by code", nullptr, t.byCode));
    add(labels, t.exactLabel, tr("%n label(s) word for word", nullptr, t.exactLabel));
    add(labels, t.normalisedLabel, tr("%n label(s) after normalising numbering, widths and synonyms", nullptr, t.normalisedLabel));
    add(labels, t.byPosition, tr("%n by its place", nullptr, t.byPosition));
    QStringList cells;
    add(cells, t.cellsByHeader, tr("%n figure(s) under their header", nullptr, t.cellsByHeader));
    add(cells, t.cellsInOrder, tr("%n figure(s) in column order (the header gave no positions)", nullptr, t.cellsInOrder));
    add(cells, t.cellsByCell, tr("%n figure(s) in their own cell", nullptr, t.cellsByCell));
    QString text = tr("Read %n row(s)", nullptr, t.rows);
    if (!labels.isEmpty())
        text += tr(": %1").arg(labels.join(tr(", ")));
    if (!cells.isEmpty())
        text += tr("; %1").arg(cells.join(tr(", ")));
    if (!t.skipped.isEmpty()) {
        // Runs of consecutive lines as "285–288".
        QStringList runs;
        for (int i = 0; i < t.skipped.size();) {
            int j = i;
            while (j + 1 < t.skipped.size() && t.skipped[j + 1].line == t.skipped[j].line + 1)
                ++j;
            runs.append(i == j ? QString::number(t.skipped[i].line)
                               : QStringLiteral("%1–%2").arg(t.skipped[i].line).arg(t.skipped[j].line));
            i = j + 1;
        }
        text += tr("; %n line(s) passed over: %1", nullptr, int(t.skipped.size())).arg(runs.join(tr(", ")));
    }
    return text;
}

void TableBrowser::adjustColumns()
{
    m_view->resizeColumnsToContents();

    const QFontMetrics metrics(m_view->font());
    const int em = metrics.horizontalAdvance(QChar(0x4E2D)); // 中: a full-width character
    const QList<TableColumn> &columns = m_model->shownTable().columns;

    // Amount columns share one width, so that the figures line up like a printed table.
    int amountWidth = 6 * em;
    for (int c = 0; c < columns.size(); ++c)
        if (columns[c].isAmount)
            amountWidth = std::max(amountWidth, m_view->columnWidth(c));
    for (int c = 0; c < columns.size(); ++c)
        if (columns[c].isAmount)
            m_view->setColumnWidth(c, amountWidth);

    // The name column carries the meaning of each row: room for a typical 款 or project
    // name even when the current rows are short, but not so much that the amounts leave
    // the screen. Two-sided tables have two name columns; the first one takes spare width.
    m_nameColumn = -1;
    for (int c = 0; c < columns.size(); ++c) {
        if (columns[c].isAmount || !columns[c].key.contains(QLatin1String("name")))
            continue;
        const int width = std::clamp(m_view->columnWidth(c) + em, 16 * em, 36 * em);
        m_view->setColumnWidth(c, width);
        if (m_nameColumn < 0) {
            m_nameColumn = c;
            m_nameWidth = width;
        }
    }
    fitNameColumn();
}

void TableBrowser::fitNameColumn()
{
    // Spare width goes to the name column, up to a readable line length; beyond that the
    // amounts would drift too far from their names.
    if (m_nameColumn < 0 || m_nameColumn >= m_model->columnCount())
        return;
    int others = 0;
    for (int c = 0; c < m_model->columnCount(); ++c)
        if (c != m_nameColumn)
            others += m_view->columnWidth(c);
    const int em = QFontMetrics(m_view->font()).horizontalAdvance(QChar(0x4E2D));
    const int spare = m_view->viewport()->width() - others;
    const int width = std::clamp(spare, m_nameWidth, std::max(m_nameWidth, 36 * em));
    if (width != m_view->columnWidth(m_nameColumn))
        m_view->setColumnWidth(m_nameColumn, width);
}

bool TableBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitNameColumn();
    return QWidget::eventFilter(watched, event);
}

const DisclosureTable *TableBrowser::findTable(const QList<DisclosureTable> &tables, int number) const
{
    for (const DisclosureTable &t : tables)
        if (t.number == number)
            return &t;
    return nullptr;
}

} // namespace bd
