#include "SelectionHub.h"

namespace bd {

void SelectionHub::setFunctionalCode(const QString &code)
{
    if (code == m_code)
        return;
    m_code = code;
    emit functionalCodeChanged(m_code);
}

} // namespace bd
