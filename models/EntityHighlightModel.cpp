#include "models/EntityHighlightModel.h"

namespace dyad {

EntityHighlightModel::EntityHighlightModel(const EventStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store) {}

void EntityHighlightModel::setActorNameProvider(ActorNameProvider provider) {
    m_names = std::move(provider);
    if (rowCount() > 0)
        emit dataChanged(index(0, Actor), index(rowCount() - 1, Actor));
}

void EntityHighlightModel::setDocument(int documentIndex) {
    beginResetModel();
    m_document = (documentIndex >= 0 && std::size_t(documentIndex) < m_store.documents().size())
                     ? documentIndex
                     : -1;
    endResetModel();
}

bool EntityHighlightModel::setDocumentId(const QString& id) {
    const std::uint32_t found = m_store.documents().find(id.toStdString());
    setDocument(found == DocumentTable::npos ? -1 : int(found));
    return m_document >= 0;
}

QString EntityHighlightModel::documentText() const {
    if (m_document < 0)
        return {};
    const std::string& utf8 = m_store.documents().at(std::uint32_t(m_document)).text.utf8();
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

int EntityHighlightModel::toUtf16(int codePoint) const {
    if (m_document < 0)
        return 0;
    return m_store.documents().at(std::uint32_t(m_document)).text.utf16Offset(codePoint);
}

int EntityHighlightModel::documentLength() const {
    if (m_document < 0)
        return 0;
    const DocumentText& text = m_store.documents().at(std::uint32_t(m_document)).text;
    return text.utf16Offset(text.codePointCount());
}

int EntityHighlightModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || m_document < 0)
        return 0;
    return int(m_store.documents().at(std::uint32_t(m_document)).mentions.size());
}

int EntityHighlightModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString EntityHighlightModel::kindName(EntityKind kind) {
    switch (kind) {
    case EntityKind::Country:
        return tr("country");
    case EntityKind::Person:
        return tr("person");
    case EntityKind::Organization:
        return tr("organisation");
    case EntityKind::Place:
        return tr("place");
    case EntityKind::Date:
        return tr("date");
    case EntityKind::Trigger:
        return tr("event trigger");
    }
    return {};
}

QVariant EntityHighlightModel::display(const StoredMention& mention, Column column) const {
    const StoredDocument& document = m_store.documents().at(std::uint32_t(m_document));
    switch (column) {
    case Text: {
        const auto bytes = document.text.slice(mention.span);
        return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    }
    case Kind:
        return kindName(mention.kind);
    case Actor: {
        if (mention.actor == EventStore::kNoActor)
            return QString();
        const QString code = QString::fromStdString(m_store.actorCode(mention.actor));
        const QString name = m_names ? m_names(code) : QString();
        return name.isEmpty() ? code : name;
    }
    case Start:
        return document.text.utf16Offset(mention.span.start);
    case End:
        return document.text.utf16Offset(mention.span.end);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EntityHighlightModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredDocument& document = m_store.documents().at(std::uint32_t(m_document));
    const StoredMention& mention = document.mentions[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return display(mention, static_cast<Column>(index.column()));
    case StartRole:
        return document.text.utf16Offset(mention.span.start);
    case EndRole:
        return document.text.utf16Offset(mention.span.end);
    case KindRole:
        return int(mention.kind);
    case ActorCodeRole:
        return mention.actor == EventStore::kNoActor
                   ? QString()
                   : QString::fromStdString(m_store.actorCode(mention.actor));
    default:
        return {};
    }
}

QVariant EntityHighlightModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Text:
        return tr("Text");
    case Kind:
        return tr("Kind");
    case Actor:
        return tr("Actor");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace dyad
