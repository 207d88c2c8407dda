#pragma once

#include <QString>

// A Mighty Networks space, as embedded in an event.
struct Space
{
    QString id;
    QString name;
    QString collectionId;
    QString createdAt;
    QString updatedAt;

    bool isEmpty() const { return id.isEmpty(); }
};
