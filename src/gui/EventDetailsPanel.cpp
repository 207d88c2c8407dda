#include "EventDetailsPanel.h"

#include "AvatarCache.h"
#include "DateTimeText.h"
#include "EventTypeText.h"
#include "domain/Timestamp.h"
#include "ui_EventDetailsPanel.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QGuiApplication>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxThumbnails = 8;
constexpr int ThumbnailSide = 96;
constexpr int AvatarSide = 64;
constexpr int MaxVisibleTreeRows = 12;
constexpr int MaxVisibleJsonLines = 16;
constexpr int MaxCellLength = 200;
constexpr int MaxToolTipLength = 2000;
constexpr qsizetype MaxShownJsonLength = 100000;

enum RsvpColumn {
    RsvpMemberColumn,
    RsvpAnswerColumn,
    RsvpInstanceColumn,
    RsvpUpdatedColumn,
};

enum HistoryColumn {
    HistoryWhenColumn,
    HistoryFieldColumn,
    HistoryBeforeColumn,
    HistoryAfterColumn,
};

// ---- the summary sanitizer -------------------------------------------------------------------

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// Elements kept (without attributes, except a's href).
bool isAllowedElement(const QString &name)
{
    static const QSet<QString> allowed = {
        u"p"_s,  u"br"_s, u"b"_s,  u"strong"_s, u"i"_s,   u"em"_s,
        u"u"_s,  u"ul"_s, u"ol"_s, u"li"_s,     u"a"_s,   u"h1"_s,
        u"h2"_s, u"h3"_s, u"h4"_s, u"code"_s,   u"pre"_s, u"blockquote"_s,
    };
    return allowed.contains(name);
}

// Elements dropped together with everything up to their end tag: their content is code,
// styling or another document, never summary text.
bool isDroppedWithContent(const QString &name)
{
    static const QSet<QString> dropped = {
        u"script"_s,   u"style"_s,    u"iframe"_s,   u"object"_s,   u"embed"_s,   u"applet"_s,
        u"noscript"_s, u"template"_s, u"textarea"_s, u"title"_s,    u"svg"_s,     u"math"_s,
        u"select"_s,   u"frame"_s,    u"frameset"_s, u"noframes"_s, u"noembed"_s, u"xmp"_s,
    };
    return dropped.contains(name);
}

// The text of a character reference's name (the part between & and ;), empty when unknown.
QString referenceText(QStringView name)
{
    static const QHash<QString, QString> named = {
        {u"amp"_s, u"&"_s},  {u"lt"_s, u"<"_s},    {u"gt"_s, u">"_s},   {u"quot"_s, u"\""_s},
        {u"apos"_s, u"'"_s}, {u"colon"_s, u":"_s}, {u"tab"_s, u"\t"_s}, {u"newline"_s, u"\n"_s},
        {u"sol"_s, u"/"_s},  {u"nbsp"_s, u" "_s},
    };
    if (!name.startsWith(u'#'))
        return named.value(name.toString().toLower());
    const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
    bool ok = false;
    const char32_t code = name.sliced(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
    if (!ok || code == 0 || code > 0x10FFFF)
        return {};
    return QString::fromUcs4(&code, 1);
}

// Decodes the character references that can hide a URL scheme (java&#115;cript:, &colon;).
// Unknown named references stay as they are: they cannot form a scheme that passes the check.
QString decodeReferences(QStringView text)
{
    constexpr qsizetype MaxReferenceLength = 32;
    QString decoded;
    qsizetype pos = 0;
    while (pos < text.size()) {
        if (text.at(pos) == u'&') {
            const QStringView ahead =
                text.sliced(pos + 1).first(std::min(MaxReferenceLength, text.size() - pos - 1));
            const qsizetype semicolon = ahead.indexOf(u';');
            const QString replacement =
                semicolon < 0 ? QString() : referenceText(ahead.first(semicolon));
            if (!replacement.isEmpty()) {
                decoded += replacement;
                pos += semicolon + 2;
                continue;
            }
        }
        decoded += text.at(pos++);
    }
    return decoded;
}

// An absolute http, https or mailto URL, normalised and ready for an attribute; empty for
// anything else. Browsers ignore tabs and line breaks inside URLs, so they are removed before
// the scheme is read.
QString safeHref(QStringView value)
{
    QString text = decodeReferences(value).trimmed();
    text.remove(u'\t').remove(u'\n').remove(u'\r');
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const bool web = scheme == "http"_L1 || scheme == "https"_L1;
    if (!url.isValid() || !(web || scheme == "mailto"_L1) || (web && url.host().isEmpty()))
        return {};
    return url.toString(QUrl::FullyEncoded).toHtmlEscaped();
}

// A tolerant HTML tokenizer that writes only what it recognises as safe. It never copies
// markup through: every tag in the output is written by startTag/endTag, every text is
// escaped, so nothing the parser misreads can reach the renderer as markup.
class SummarySanitizer
{
public:
    explicit SummarySanitizer(QStringView html)
        : m_html(html)
    {}

    QString run()
    {
        while (m_pos < m_html.size()) {
            const qsizetype next = m_html.indexOf(u'<', m_pos);
            copyText(next < 0 ? m_html.size() : next);
            if (next >= 0)
                markup();
        }
        return m_out;
    }

private:
    struct Tag
    {
        QString name;
        QString href;
        bool end = false;
    };

    // Text is escaped, except that well-formed character references stay references.
    void copyText(qsizetype end)
    {
        for (; m_pos < end; ++m_pos) {
            const QChar c = m_html.at(m_pos);
            if (c == u'<')
                m_out += "&lt;"_L1;
            else if (c == u'>')
                m_out += "&gt;"_L1;
            else if (c == u'&' && !startsReference(m_pos))
                m_out += "&amp;"_L1;
            else
                m_out += c;
        }
    }

    bool startsReference(qsizetype at) const
    {
        qsizetype pos = at + 1;
        if (pos < m_html.size() && m_html.at(pos) == u'#')
            ++pos;
        const qsizetype first = pos;
        while (pos < m_html.size() && m_html.at(pos).isLetterOrNumber()
               && m_html.at(pos).unicode() < 128)
            ++pos;
        return pos > first && pos < m_html.size() && m_html.at(pos) == u';';
    }

    // At a '<': a comment, a declaration, a tag, or a plain '<' in the text.
    void markup()
    {
        const QStringView rest = m_html.sliced(m_pos);
        if (rest.startsWith(u"<!--")) {
            skipPast(u"-->", m_pos + 4);
        } else if (rest.size() > 1 && (rest.at(1) == u'!' || rest.at(1) == u'?')) {
            skipPast(u">", m_pos + 2);
        } else if (rest.size() > 1 && rest.at(1) == u'/') {
            endTag();
        } else if (rest.size() > 1 && isAsciiLetter(rest.at(1))) {
            startTag();
        } else {
            m_out += "&lt;"_L1;
            ++m_pos;
        }
    }

    void skipPast(QStringView marker, qsizetype from)
    {
        const qsizetype found = m_html.indexOf(marker, from);
        m_pos = found < 0 ? m_html.size() : found + marker.size();
    }

    void startTag()
    {
        Tag tag;
        if (!readTag(tag))
            return;
        if (isDroppedWithContent(tag.name)) {
            skipContent(tag.name);
            return;
        }
        if (!isAllowedElement(tag.name) || (tag.name == "a"_L1 && tag.href.isEmpty()))
            return;
        if (tag.name == "a"_L1)
            m_out += "<a href=\""_L1 % tag.href % "\">"_L1;
        else
            m_out += u'<' % tag.name % u'>';
        if (tag.name != "br"_L1)
            ++m_open[tag.name];
    }

    // Only an end tag for an element this sanitizer opened is written.
    void endTag()
    {
        Tag tag;
        if (m_pos + 2 >= m_html.size() || !isAsciiLetter(m_html.at(m_pos + 2))) {
            skipPast(u">", m_pos + 2);
            return;
        }
        if (!readTag(tag) || m_open.value(tag.name) == 0)
            return;
        --m_open[tag.name];
        m_out += "</"_L1 % tag.name % u'>';
    }

    // Reads a whole tag with its attributes. A tag cut off by the end of the input is dropped
    // with the rest of the input.
    bool readTag(Tag &tag)
    {
        qsizetype pos = m_pos + 1;
        tag.end = m_html.at(pos) == u'/';
        if (tag.end)
            ++pos;
        const qsizetype nameStart = pos;
        while (pos < m_html.size() && !isHtmlSpace(m_html.at(pos)) && m_html.at(pos) != u'/'
               && m_html.at(pos) != u'>')
            ++pos;
        tag.name = m_html.sliced(nameStart, pos - nameStart).toString().toLower();
        while (pos < m_html.size() && m_html.at(pos) != u'>')
            pos = readAttribute(pos, tag);
        m_pos = std::min(pos + 1, m_html.size());
        return pos < m_html.size();
    }

    qsizetype readAttribute(qsizetype pos, Tag &tag)
    {
        if (isHtmlSpace(m_html.at(pos)) || m_html.at(pos) == u'/')
            return pos + 1;
        const qsizetype nameStart = pos;
        while (pos < m_html.size() && !isHtmlSpace(m_html.at(pos)) && m_html.at(pos) != u'/'
               && m_html.at(pos) != u'>' && (m_html.at(pos) != u'=' || pos == nameStart))
            ++pos;
        const QString name = m_html.sliced(nameStart, pos - nameStart).toString().toLower();
        pos = skipSpaces(pos);
        if (pos >= m_html.size() || m_html.at(pos) != u'=')
            return pos;
        pos = skipSpaces(pos + 1);
        const auto [value, next] = readValue(pos);
        if (name == "href"_L1 && !tag.end)
            tag.href = safeHref(value);
        return next;
    }

    std::pair<QStringView, qsizetype> readValue(qsizetype pos) const
    {
        if (pos >= m_html.size())
            return {{}, pos};
        const QChar quote = m_html.at(pos);
        if (quote == u'"' || quote == u'\'') {
            const qsizetype close = m_html.indexOf(quote, pos + 1);
            if (close < 0)
                return {{}, m_html.size()};
            return {m_html.sliced(pos + 1, close - pos - 1), close + 1};
        }
        const qsizetype start = pos;
        while (pos < m_html.size() && !isHtmlSpace(m_html.at(pos)) && m_html.at(pos) != u'>')
            ++pos;
        return {m_html.sliced(start, pos - start), pos};
    }

    qsizetype skipSpaces(qsizetype pos) const
    {
        while (pos < m_html.size() && isHtmlSpace(m_html.at(pos)))
            ++pos;
        return pos;
    }

    // Skips to after </name>, whatever lies between (scripts may contain "<" and quotes).
    void skipContent(const QString &name)
    {
        const QString closing = "</"_L1 % name;
        qsizetype found = m_html.indexOf(closing, m_pos, Qt::CaseInsensitive);
        while (found >= 0) {
            const qsizetype after = found + closing.size();
            if (after >= m_html.size() || isHtmlSpace(m_html.at(after)) || m_html.at(after) == u'/'
                || m_html.at(after) == u'>')
                break;
            found = m_html.indexOf(closing, after, Qt::CaseInsensitive);
        }
        if (found < 0) {
            m_pos = m_html.size();
            return;
        }
        skipPast(u">", found);
    }

    QStringView m_html;
    qsizetype m_pos = 0;
    QString m_out;
    QHash<QString, int> m_open;
};

// ---- the summary view ------------------------------------------------------------------------

// Renders the sanitized summary. The sanitizer already drops images and styles; this is the
// second wall: whatever a document asks for, nothing is loaded except the application's own
// resources. It also grows with its text (up to MaxHeight) so that the panel, not the summary,
// scrolls.
class SummaryBrowser final : public QTextBrowser
{
public:
    static constexpr int MaxHeight = 320;

    explicit SummaryBrowser(QWidget *parent)
        : QTextBrowser(parent)
    {
        setOpenLinks(false);
        setOpenExternalLinks(false);
        setObjectName(u"summaryBrowser"_s);
    }

    QVariant loadResource(int type, const QUrl &name) override
    {
        if (name.scheme() == "qrc"_L1)
            return QTextBrowser::loadResource(type, name);
        return {};
    }

    // The height depends on the width, so it is set again whenever the width changes.
    static void fitToContents(QTextBrowser *browser)
    {
        browser->document()->setTextWidth(browser->viewport()->width());
        const int contents = int(std::ceil(browser->document()->size().height()));
        browser->setFixedHeight(std::min(contents + 2 * browser->frameWidth(), MaxHeight));
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QTextBrowser::resizeEvent(event);
        fitToContents(this);
    }
};

// ---- formatting ------------------------------------------------------------------------------

QString unknown()
{
    return u"—"_s;
}

QString formatInstant(const QDateTime &dateTime)
{
    return DateTimeText::longDateTime(dateTime);
}

// "Friday, 7 November 2025 15:17 – 16:17", the end's date only when it differs.
QString formatRange(const QDateTime &start, const QDateTime &end)
{
    QString text = formatInstant(start);
    if (!end.isValid())
        return text;
    text += u" – "_s;
    if (end.date() == start.date())
        return text + DateTimeText::time(end.time());
    return text + formatInstant(end);
}

// A stored instant in the viewer's time, or the text as received when it could not be read.
QString formatStamp(const QDateTime &utc, const QString &received)
{
    if (utc.isValid())
        return DateTimeText::dateTime(utc.toLocalTime());
    return received;
}

QString formatDuration(qint64 seconds)
{
    const qint64 minutes = (seconds + 30) / 60;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = minutes / 60 % 24;
    const qint64 rest = minutes % 60;
    if (days > 0)
        return EventDetailsPanel::tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return rest > 0 ? EventDetailsPanel::tr("%1 h %2 min").arg(hours).arg(rest)
                        : EventDetailsPanel::tr("%1 h").arg(hours);
    return EventDetailsPanel::tr("%1 min").arg(rest);
}

QString statusName(const QString &status)
{
    if (status == "updated"_L1)
        return EventDetailsPanel::tr("Updated");
    if (status == "canceled"_L1)
        return EventDetailsPanel::tr("Canceled");
    return EventDetailsPanel::tr("New");
}

QString answerName(const EventDetails::RsvpEntry &entry)
{
    QString answer = entry.status;
    if (entry.status == "yes"_L1)
        answer = EventDetailsPanel::tr("Yes");
    else if (entry.status == "maybe"_L1)
        answer = EventDetailsPanel::tr("Maybe");
    else if (entry.status == "no"_L1)
        answer = EventDetailsPanel::tr("No");
    return entry.deleted ? EventDetailsPanel::tr("%1 (withdrawn)").arg(answer) : answer;
}

QString fieldName(const QString &field)
{
    static const QHash<QString, const char *> names = {
        {u"title"_s, QT_TRANSLATE_NOOP("EventDetailsPanel", "Title")},
        {u"summary"_s, QT_TRANSLATE_NOOP("EventDetailsPanel", "Summary")},
        {u"event_type"_s, QT_TRANSLATE_NOOP("EventDetailsPanel", "Type")},
        {u"starts_at"_s, QT_TRANSLATE_NOOP("EventDetailsPanel", "Starts")},
        {u"ends_at"_s, QT_TRANSLATE_NOOP("EventDetailsPanel", "Ends")},
        {u"time_zone"_s, QT_TRANSLATE_NOOP("EventDetailsPanel", "Time zone")},
        {u"location"_s, QT_TRANSLATE_NOOP("EventDetailsPanel", "Location")},
        {u"recurrence_rule"_s, QT_TRANSLATE_NOOP("EventDetailsPanel", "Recurrence rule")},
        {u"frequency"_s, QT_TRANSLATE_NOOP("EventDetailsPanel", "Frequency")},
        {u"recurrence_interval"_s, QT_TRANSLATE_NOOP("EventDetailsPanel", "Interval")},
        {u"space_id"_s, QT_TRANSLATE_NOOP("EventDetailsPanel", "Space")},
        {u"permalink"_s, QT_TRANSLATE_NOOP("EventDetailsPanel", "Link")},
        {u"status"_s, QT_TRANSLATE_NOOP("EventDetailsPanel", "Status")},
        {u"instance_canceled"_s, QT_TRANSLATE_NOOP("EventDetailsPanel", "Instance canceled")},
    };
    const char *name = names.value(field);
    return name ? EventDetailsPanel::tr(name) : field;
}

QString recurrenceText(const EventDetails &details)
{
    if (!details.recurrenceRule.isEmpty())
        return details.recurrenceRule;
    if (details.frequency.isEmpty())
        return {};
    if (details.interval && *details.interval > 1)
        return EventDetailsPanel::tr("%1, every %2").arg(details.frequency).arg(*details.interval);
    return details.frequency;
}

// A table cell shows one line; the tooltip has the whole value, escaped so that a value that
// looks like HTML is not rendered as such.
QString oneLine(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > MaxCellLength)
        line = line.left(MaxCellLength) + u'…';
    return line;
}

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    return Qt::convertFromPlainText(text.left(MaxToolTipLength), Qt::WhiteSpacePre);
}

QString initials(const Member &member)
{
    QString text;
    for (const QString &name : {member.firstName.trimmed(), member.lastName.trimmed()}) {
        if (!name.isEmpty())
            text += name.front().toUpper();
    }
    return text.isEmpty() ? u"?"_s : text;
}

QUrl webUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return AvatarCache::isFetchable(url) ? url : QUrl();
}

// A summary is HTML as soon as it has anything like a tag; Qt::mightBeRichText only looks at the
// first line. Plain text keeps its line breaks.
bool looksLikeHtml(const QString &text)
{
    static const QRegularExpression tag(u"<[A-Za-z/!]"_s);
    return text.contains(tag);
}

// The body's final line break would only add an empty line. A huge body is cut for display
// (laying out megabytes of text would stall the window); Copy JSON still copies all of it.
QString shownJson(const QString &json)
{
    const QString trimmed = json.trimmed();
    if (trimmed.size() <= MaxShownJsonLength)
        return trimmed;
    return trimmed.left(MaxShownJsonLength) % u"\n…\n"_s
           % EventDetailsPanel::tr("(%1 more characters: use Copy JSON to get all of it)")
                 .arg(trimmed.size() - MaxShownJsonLength);
}

// Trees grow with their rows up to MaxVisibleTreeRows, so that the panel scrolls rather than
// each list.
void fitHeight(QTreeWidget *tree)
{
    const int rows = std::min(tree->topLevelItemCount(), MaxVisibleTreeRows);
    const int rowHeight = rows > 0 ? tree->sizeHintForRow(0) : 0;
    tree->setFixedHeight(tree->header()->sizeHint().height() + rows * rowHeight
                         + 2 * tree->frameWidth());
}

} // namespace

EventDetailsPanel::EventDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::EventDetailsPanel)
{
    m_ui->setupUi(this);
    m_summary = new SummaryBrowser(m_ui->summaryContainer);
    m_ui->summaryLayout->addWidget(m_summary);
    connect(m_summary, &QTextBrowser::anchorClicked, this, &EventDetailsPanel::openExternal);

    QFont titleFont = m_ui->titleLabel->font();
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    QFont nameFont = m_ui->creatorNameLabel->font();
    nameFont.setBold(true);
    m_ui->creatorNameLabel->setFont(nameFont);

    connect(m_ui->permalinkButton, &QPushButton::clicked, this,
            [this] { openExternal(m_permalink); });
    connect(m_ui->profileButton, &QPushButton::clicked, this, [this] { openExternal(m_profile); });
    setAvatarCache(new AvatarCache(this));
    clear();
}

EventDetailsPanel::~EventDetailsPanel() = default;

void EventDetailsPanel::setAvatarCache(AvatarCache *cache)
{
    if (m_avatars == cache)
        return;
    if (m_avatars) {
        disconnect(m_avatars, nullptr, this, nullptr);
        if (m_avatars->parent() == this)
            delete m_avatars.data();
    }
    m_avatars = cache;
    if (m_avatars) {
        connect(m_avatars, &AvatarCache::ready, this, &EventDetailsPanel::showPixmap);
        connect(m_avatars, &AvatarCache::failed, this, &EventDetailsPanel::showImageProblem);
    }
}

AvatarCache *EventDetailsPanel::avatarCache() const
{
    return m_avatars;
}

void EventDetailsPanel::setDetails(const EventDetails &details)
{
    const bool refresh = !m_eventId.isEmpty() && details.id == m_eventId;
    const int scrollPosition = m_ui->scrollArea->verticalScrollBar()->value();
    clearGeneratedWidgets();
    m_eventId = details.id;
    fillEvent(details);
    fillCreator(details.creator);
    fillSpace(details.space);
    fillRsvps(details);
    fillHistory(details.changes);
    fillDeliveries(details);
    m_ui->stack->setCurrentWidget(m_ui->detailsPage);
    restoreScrollPosition(refresh ? scrollPosition : 0);
}

void EventDetailsPanel::clear()
{
    showMessage(tr("Select an event to see its details"));
}

void EventDetailsPanel::showMessage(const QString &message)
{
    clearGeneratedWidgets();
    m_eventId.clear();
    m_permalink.clear();
    m_profile.clear();
    m_avatarUrl.clear();
    m_ui->emptyLabel->setText(message);
    m_ui->stack->setCurrentWidget(m_ui->emptyPage);
}

QString EventDetailsPanel::sanitizeSummary(const QString &html)
{
    return SummarySanitizer(html).run();
}

void EventDetailsPanel::fillEvent(const EventDetails &details)
{
    m_ui->titleLabel->setText(details.title.isEmpty() ? tr("Untitled event") : details.title);
    m_ui->statusLabel->setText(tr("%1 · event %2").arg(statusName(details.status), details.id));
    fillTimes(details);
    setValue(m_ui->typeLabel, EventTypeText::label(details.eventType));
    setValue(m_ui->locationLabel, details.location);
    setValue(m_ui->recurrenceLabel, recurrenceText(details));
    fillSummary(details.summaryHtml);
    fillImages(details.images);
    m_permalink = webUrl(details.permalink);
    m_ui->permalinkButton->setVisible(m_permalink.isValid());
    m_ui->permalinkButton->setToolTip(m_permalink.toDisplayString());
}

// Start and end in the viewer's time and in the zone the event was scheduled in; the text as
// received when it could not be read.
void EventDetailsPanel::fillTimes(const EventDetails &details)
{
    const QDateTime &start = details.startsAtUtc;
    const QDateTime &end = details.endsAtUtc;
    const QTimeZone zone(details.timeZone.toUtf8());
    if (!start.isValid()) {
        const QString received = details.endsAt.isEmpty()
                                     ? details.startsAt
                                     : QString(details.startsAt % u" – "_s % details.endsAt);
        setValue(m_ui->localTimeLabel, received.isEmpty() ? unknown() : received);
        setValue(m_ui->eventZoneTimeLabel, {});
        setValue(m_ui->durationLabel, {});
        return;
    }
    const QDateTime localStart = start.toLocalTime();
    setValue(m_ui->localTimeLabel, formatRange(localStart, end.toLocalTime()) % u" ("_s
                                       % localStart.timeZoneAbbreviation() % u')');
    setValue(m_ui->eventZoneTimeLabel,
             zone.isValid() ? QString(formatRange(start.toTimeZone(zone), end.toTimeZone(zone))
                                      % u" ("_s % details.timeZone % u')')
                            : QString());
    const bool hasDuration = end.isValid() && end >= start;
    setValue(m_ui->durationLabel, hasDuration ? formatDuration(start.secsTo(end)) : QString());
}

void EventDetailsPanel::fillSummary(const QString &html)
{
    m_ui->summaryContainer->setVisible(!html.trimmed().isEmpty());
    if (looksLikeHtml(html))
        m_summary->setHtml(sanitizeSummary(html));
    else
        m_summary->setPlainText(html);
    SummaryBrowser::fitToContents(m_summary);
}

// Thumbnails for the first http(s) images; anything else is not fetched at all.
void EventDetailsPanel::fillImages(const QStringList &urls)
{
    for (const QString &text : urls) {
        const QUrl url = webUrl(text);
        if (!url.isValid() || m_thumbnails.size() >= MaxThumbnails)
            continue;
        auto *button = new QToolButton(m_ui->imagesContainer);
        button->setObjectName(u"imageButton"_s);
        button->setText(tr("Image"));
        button->setToolTip(url.toDisplayString());
        button->setIconSize(QSize(ThumbnailSide, ThumbnailSide));
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, [this, url] { openExternal(url); });
        m_ui->imagesLayout->insertWidget(m_ui->imagesLayout->count() - 1, button);
        m_thumbnails.append({url, button});
        if (m_avatars)
            m_avatars->request(url);
    }
    m_ui->imagesContainer->setVisible(!m_thumbnails.isEmpty());
}

void EventDetailsPanel::fillCreator(const Member &creator)
{
    m_ui->creatorGroup->setVisible(!creator.isEmpty());
    const QString name = creator.displayName();
    m_ui->creatorNameLabel->setText(name.isEmpty() ? tr("Member %1").arg(creator.id) : name);
    setValue(m_ui->creatorEmailLabel, creator.email);
    setValue(m_ui->creatorLocationLabel, creator.location);
    setValue(m_ui->creatorTimeZoneLabel, creator.timeZone);
    setValue(m_ui->creatorReferralsLabel,
             creator.referralCount ? QLocale().toString(*creator.referralCount) : QString());
    setValue(m_ui->creatorAmbassadorLabel, creator.ambassadorLevel);
    setValue(m_ui->creatorCategoriesLabel, creator.categories);
    m_profile = webUrl(creator.permalink);
    m_ui->profileButton->setVisible(m_profile.isValid());
    m_ui->profileButton->setToolTip(m_profile.toDisplayString());

    m_ui->avatarLabel->setPixmap({});
    m_ui->avatarLabel->setText(initials(creator));
    m_ui->avatarLabel->setToolTip({});
    m_avatarUrl = webUrl(creator.avatar);
    if (m_avatarUrl.isValid() && m_avatars)
        m_avatars->request(m_avatarUrl);
}

void EventDetailsPanel::fillSpace(const Space &space)
{
    m_ui->spaceGroup->setVisible(!space.isEmpty());
    setValue(m_ui->spaceNameLabel, space.name.isEmpty() ? unknown() : space.name);
    setValue(m_ui->spaceIdLabel, space.id);
    setValue(m_ui->spaceCreatedLabel,
             formatStamp(Timestamp::parse(space.createdAt), space.createdAt));
}

void EventDetailsPanel::fillRsvps(const EventDetails &details)
{
    QString summary = details.rsvps.isEmpty() ? tr("No RSVPs yet.")
                                              : tr("%1 yes · %2 maybe · %3 no")
                                                    .arg(details.rsvpYes)
                                                    .arg(details.rsvpMaybe)
                                                    .arg(details.rsvpNo);
    // The counts end without a full stop, the sentence after them needs a separator.
    const QString separator = details.rsvps.isEmpty() ? u" "_s : u" · "_s;
    if (details.rsvpEnabled == false)
        summary += separator + tr("RSVPs are turned off.");
    else if (details.rsvpClosed == true)
        summary += separator + tr("RSVPs are closed.");
    m_ui->rsvpSummaryLabel->setText(summary);

    QTreeWidget *tree = m_ui->rsvpTree;
    tree->clear();
    bool anyInstance = false;
    const QBrush withdrawn = palette().brush(QPalette::Disabled, QPalette::Text);
    for (const EventDetails::RsvpEntry &entry : details.rsvps) {
        const QString instance =
            entry.instanceStartsAt.isEmpty()
                ? entry.instanceKey
                : formatStamp(Timestamp::parse(entry.instanceStartsAt), entry.instanceStartsAt);
        anyInstance = anyInstance || !instance.isEmpty();
        auto *item = new QTreeWidgetItem(
            tree,
            {entry.memberName.isEmpty() ? tr("Member %1").arg(entry.memberId) : entry.memberName,
             answerName(entry), instance, formatStamp(entry.updatedUtc, entry.updated)});
        item->setToolTip(RsvpMemberColumn, tr("Member %1").arg(entry.memberId));
        for (int column = 0; entry.deleted && column < tree->columnCount(); ++column)
            item->setForeground(column, withdrawn);
    }
    tree->setColumnHidden(RsvpInstanceColumn, !anyInstance);
    tree->setVisible(!details.rsvps.isEmpty());
    for (int column : {RsvpMemberColumn, RsvpAnswerColumn, RsvpInstanceColumn})
        tree->resizeColumnToContents(column);
    fitHeight(tree);
}

void EventDetailsPanel::fillHistory(const QList<EventDetails::Change> &changes)
{
    m_ui->historySummaryLabel->setVisible(changes.isEmpty());
    m_ui->historySummaryLabel->setText(
        tr("No changes recorded. Updates to this event will be listed here."));
    QTreeWidget *tree = m_ui->historyTree;
    tree->clear();
    for (const EventDetails::Change &change : changes) {
        auto *item = new QTreeWidgetItem(tree, {formatStamp(change.changedAtUtc, change.changedAt),
                                                fieldName(change.field), oneLine(change.before),
                                                oneLine(change.after)});
        item->setToolTip(HistoryBeforeColumn, plainToolTip(change.before));
        item->setToolTip(HistoryAfterColumn, plainToolTip(change.after));
    }
    tree->setVisible(!changes.isEmpty());
    for (int column : {HistoryWhenColumn, HistoryFieldColumn})
        tree->resizeColumnToContents(column);
    fitHeight(tree);
}

void EventDetailsPanel::fillDeliveries(const EventDetails &details)
{
    QString summary;
    if (details.deliveries.isEmpty())
        summary = tr("No deliveries about this event are stored.");
    else if (details.deliveryTotal > details.deliveries.size())
        summary = tr("The %1 newest of %2 deliveries about this event, newest first.")
                      .arg(details.deliveries.size())
                      .arg(details.deliveryTotal);
    else
        summary = tr("Newest first.");
    m_ui->deliveriesSummaryLabel->setText(summary);
    for (const EventDetails::RawDelivery &delivery : details.deliveries) {
        QWidget *view = createDeliveryView(delivery);
        m_ui->deliveriesLayout->addWidget(view);
        m_deliveryViews.append(view);
    }
}

QWidget *EventDetailsPanel::createDeliveryView(const EventDetails::RawDelivery &delivery)
{
    auto *frame = new QFrame(m_ui->deliveriesGroup);
    frame->setObjectName(u"deliveryView"_s);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    auto *header = new QHBoxLayout;
    layout->addLayout(header);

    auto *headline = new QLabel(tr("%1 · received %2 · attempts: %3")
                                    .arg(delivery.type, formatStamp(delivery.receivedAt, QString()))
                                    .arg(delivery.attempts),
                                frame);
    headline->setObjectName(u"deliveryHeadline"_s);
    headline->setTextFormat(Qt::PlainText);
    headline->setWordWrap(true);
    headline->setToolTip(tr("Webhook event id %1").arg(delivery.webhookEventId));
    header->addWidget(headline, 1);

    auto *copy = new QPushButton(tr("Copy JSON"), frame);
    copy->setObjectName(u"copyJsonButton"_s);
    copy->setToolTip(tr("Copy this delivery's body to the clipboard"));
    connect(copy, &QPushButton::clicked, copy, [copy, json = delivery.json] {
        QGuiApplication::clipboard()->setText(json);
        copy->setText(tr("Copied"));
    });
    header->addWidget(copy);

    auto *json = new QPlainTextEdit(frame);
    json->setObjectName(u"deliveryJson"_s);
    json->setReadOnly(true);
    json->setLineWrapMode(QPlainTextEdit::NoWrap);
    json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    json->setPlainText(shownJson(delivery.json));
    const int lines = std::min(json->document()->blockCount(), MaxVisibleJsonLines);
    // A body that fits needs no scroll bar (QPlainTextEdit would show one for the last line).
    if (json->document()->blockCount() <= MaxVisibleJsonLines)
        json->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int margins =
        2 * (json->frameWidth() + int(std::ceil(json->document()->documentMargin())));
    json->setFixedHeight(lines * json->fontMetrics().lineSpacing() + margins);
    layout->addWidget(json);
    return frame;
}

void EventDetailsPanel::clearGeneratedWidgets()
{
    for (const auto &[url, button] : std::as_const(m_thumbnails))
        delete button;
    m_thumbnails.clear();
    qDeleteAll(m_deliveryViews);
    m_deliveryViews.clear();
}

// The layout settles only once the event loop runs, so the range is not known yet.
void EventDetailsPanel::restoreScrollPosition(int position)
{
    QScrollBar *bar = m_ui->scrollArea->verticalScrollBar();
    bar->setValue(position);
    if (position > 0)
        QTimer::singleShot(0, bar, [bar, position] { bar->setValue(position); });
}

void EventDetailsPanel::showPixmap(const QUrl &url, const QPixmap &pixmap)
{
    if (url == m_avatarUrl) {
        m_ui->avatarLabel->setPixmap(
            pixmap.scaled(AvatarSide, AvatarSide, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
    for (const auto &[thumbnailUrl, button] : std::as_const(m_thumbnails)) {
        if (thumbnailUrl != url)
            continue;
        button->setIcon(QIcon(pixmap));
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
}

void EventDetailsPanel::showImageProblem(const QUrl &url, const QString &reason)
{
    if (url == m_avatarUrl)
        m_ui->avatarLabel->setToolTip(reason);
    for (const auto &[thumbnailUrl, button] : std::as_const(m_thumbnails)) {
        if (thumbnailUrl != url)
            continue;
        button->setText(tr("No image"));
        button->setToolTip(url.toDisplayString() % u'\n' % reason);
    }
}

// Only web and mail links leave the application; a summary's link cannot start a program.
void EventDetailsPanel::openExternal(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (AvatarCache::isFetchable(url) || (scheme == "mailto"_L1 && url.isValid()))
        QDesktopServices::openUrl(url);
}

// Every row stays, with a dash when the delivery did not say. Rows are not hidden: on Qt 6.4
// under X11, hiding form rows of selectable labels corrupts the heap (a crash later, often when
// quitting), and a fixed set of rows also keeps the card from jumping between events.
void EventDetailsPanel::setValue(QLabel *label, const QString &text)
{
    label->setText(text.isEmpty() ? unknown() : text);
}
