#pragma once

#include <QString>

class QAbstractItemView;

namespace bd {

// The selected cells of a table or tree view as tab-separated text, rows in the order the
// view shows them (a tree's rows have no single row number), columns in model order; with
// the column headers first when asked. What spreadsheets paste.
QString selectionToTsv(const QAbstractItemView *view, bool withHeaders);

} // namespace bd
