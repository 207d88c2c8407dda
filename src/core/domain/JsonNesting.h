#pragma once

#include <QByteArrayView>

// Measures how deeply a JSON text nests arrays and objects without building a document, so
// that a hostile body is refused before the parser recurses into it.
class JsonNesting final
{
public:
    // The deepest nesting in json, counting brackets outside strings; stops counting once
    // limit is exceeded and returns limit + 1.
    static int depth(QByteArrayView json, int limit);
};
