#include "presentation/slideregistry.h"

#include "presentation/slidecontext.h"

#include <algorithm>

SlideRegistry &SlideRegistry::instance()
{
    static SlideRegistry registry = [] {
        SlideRegistry standard;
        StandardSlides::registerAll(standard);
        PageSlides::registerAll(standard);
        return standard;
    }();
    return registry;
}

void SlideRegistry::add(const SlideType &type)
{
    for (SlideType &existing : m_types) {
        if (existing.name == type.name) {
            existing = type;
            return;
        }
    }
    m_types.append(type);
}

const SlideType *SlideRegistry::find(const QString &name) const
{
    for (const SlideType &type : m_types) {
        if (type.name == name)
            return &type;
    }
    return nullptr;
}

bool SlideRegistry::contains(const QString &name) const
{
    return find(name) != nullptr;
}

QStringList SlideRegistry::names() const
{
    QStringList result;
    for (const SlideType &type : m_types)
        result.append(type.name);
    return result;
}

QStringList SlideRegistry::defaultDeck() const
{
    QList<const SlideType *> ordered;
    for (const SlideType &type : m_types) {
        if (type.defaultPosition >= 0)
            ordered.append(&type);
    }
    std::stable_sort(ordered.begin(), ordered.end(), [](const SlideType *a, const SlideType *b) {
        return a->defaultPosition < b->defaultPosition;
    });
    QStringList result;
    for (const SlideType *type : ordered)
        result.append(type->name);
    return result;
}

QString SlideRegistry::validate(const QStringList &names) const
{
    for (const QString &entry : names) {
        const QString type = entry.section(QLatin1Char(':'), 0, 0).trimmed().toLower();
        if (!contains(type))
            return tr("Unknown slide \"%1\"; use one of: %2.")
                .arg(entry, this->names().join(QStringLiteral(", ")));
    }
    return QString();
}

QList<SlideSpec> SlideRegistry::resolve(
    const QStringList &names, const SlideContext &context, QString *error) const
{
    QList<SlideSpec> specs;
    for (const QString &entry : names) {
        const QString typeName = entry.section(QLatin1Char(':'), 0, 0).trimmed().toLower();
        const QString argument = entry.section(QLatin1Char(':'), 1).trimmed();
        const SlideType *type = find(typeName);
        if (!type) {
            if (error)
                *error = tr("Unknown slide \"%1\"; use one of: %2.")
                             .arg(entry, this->names().join(QStringLiteral(", ")));
            return {};
        }
        if (!type->expand) {
            specs.append({ typeName, QString() });
            continue;
        }
        const QStringList arguments = type->expand(context);
        if (argument.isEmpty()) {
            // An expanding type with nothing to expand into still gets one slide: it says so.
            if (arguments.isEmpty())
                specs.append({ typeName, QString() });
            for (const QString &each : arguments)
                specs.append({ typeName, each });
        } else if (arguments.contains(argument)) {
            specs.append({ typeName, argument });
        } else {
            if (error)
                *error = tr("Unknown slide \"%1\"; \"%2\" is not one of: %3.")
                             .arg(entry, argument, arguments.join(QStringLiteral(", ")));
            return {};
        }
    }
    return specs;
}

SlideFrame *SlideRegistry::create(
    const SlideSpec &spec, const SlideContext &context, QWidget *parent) const
{
    const SlideType *type = find(spec.type);
    if (!type)
        return nullptr;
    // The body is made without a parent; the frame adopts and lays it out.
    const SlideBody body = type->factory(context, spec.argument, nullptr);
    return new SlideFrame(spec.name(), body, context, parent);
}
