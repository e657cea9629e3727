// The slides a deck can hold, by name. Each slide type has a factory; a type may expand into
// several slides (one per site, a table split into pages). Pages built elsewhere (a map, a
// timeline, alerts) add their own type with SlideRegistry::instance().add() and become
// available to --slides, the presentation and the exports without changes here.
#pragma once

#include "presentation/slideframe.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

struct SlideContext;

// One slide of a deck: a type and, for types that expand, which one ("site:abilene").
struct SlideSpec
{
    QString type;
    QString argument;
    QString name() const { return argument.isEmpty() ? type : type + QLatin1Char(':') + argument; }
    bool operator==(const SlideSpec &) const = default;
};

struct SlideType
{
    QString name; // lower case, no comma or colon
    std::function<QString()> description; // translated, for --help and the docs
    std::function<SlideBody(const SlideContext &, const QString &argument, QWidget *parent)>
        factory;
    // The arguments the bare name expands into (e.g. every site id); empty function: one slide.
    std::function<QStringList(const SlideContext &)> expand;
    int defaultPosition = -1; // place in the default deck; negative: only on request
};

class SlideRegistry
{
    Q_DECLARE_TR_FUNCTIONS(SlideRegistry)

public:
    // The registry of the application, with the standard slides registered.
    static SlideRegistry &instance();

    // Adds or replaces a type of that name.
    void add(const SlideType &type);
    bool contains(const QString &name) const;
    QStringList names() const;
    // The names of the default deck, in order.
    QStringList defaultDeck() const;

    // Turns names ("overview,site,site:abilene") into slides; an unknown name or a site that
    // does not exist sets `error` (naming it) and returns nothing.
    QList<SlideSpec> resolve(
        const QStringList &names, const SlideContext &context, QString *error) const;
    // Checks names without data: only that each type exists. Empty string or a message.
    QString validate(const QStringList &names) const;

    SlideFrame *create(
        const SlideSpec &spec, const SlideContext &context, QWidget *parent = nullptr) const;

private:
    const SlideType *find(const QString &name) const;
    QList<SlideType> m_types;
};

namespace StandardSlides {
// overview, gpus, power, forecast, sites, site
void registerAll(SlideRegistry &registry);
}

namespace PageSlides {
// map (map:usa, map:world), timeline
void registerAll(SlideRegistry &registry);
}
