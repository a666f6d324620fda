#include "ModelTestMessages.h"

#include <QtGlobal>

namespace balise::test {
namespace {

// A message handler is a plain function: the collected messages have to live outside the object.
QStringList collected;
QtMessageHandler previousHandler = nullptr;

void collect(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category && QLatin1String(context.category).startsWith(QLatin1String("qt.modeltest")))
        collected.append(message);
    else if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

ModelTestMessages::ModelTestMessages()
{
    collected.clear();
    previousHandler = qInstallMessageHandler(collect);
}

ModelTestMessages::~ModelTestMessages()
{
    qInstallMessageHandler(previousHandler);
}

QStringList ModelTestMessages::messages() const
{
    return collected;
}

} // namespace balise::test
