#pragma once

#include <QStringList>

namespace balise::test {

// Collects what QAbstractItemModelTester reports (the "qt.modeltest" logging category) while it lives,
// so that a broken model fails a test with the tester's own words. Other messages pass through.
class ModelTestMessages
{
public:
    ModelTestMessages();
    ~ModelTestMessages();
    ModelTestMessages(const ModelTestMessages&) = delete;
    ModelTestMessages& operator=(const ModelTestMessages&) = delete;

    QStringList messages() const;
};

} // namespace balise::test
