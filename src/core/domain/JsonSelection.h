#pragma once

#include <QLatin1StringView>

#include <span>

// Which members of a JSON object a reader needs: their names, the slot each one's token goes to,
// and for members that are objects themselves, which of their members.
struct JsonSelection
{
    struct Member
    {
        QLatin1StringView name;
        int slot = -1;
        const JsonSelection *members = nullptr;
    };

    std::span<const Member> members;
};
