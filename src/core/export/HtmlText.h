#pragma once

#include <QString>

// An event's summary arrives as HTML; a calendar's DESCRIPTION is plain text.
namespace HtmlText {

// The text of html as a reader sees it: tags dropped, block ends and <br> as line breaks,
// character references decoded, runs of blank lines and spaces collapsed. Never loads anything.
QString toPlainText(const QString &html);

} // namespace HtmlText
