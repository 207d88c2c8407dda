#pragma once

// Which events the window's Export dialog writes.
enum class ExportScope {
    View,      // those the table shows: the current filter
    Selection, // the rows selected in the table
    Everything,
};
