// Replays the template reader's fuzz corpus (tests/data/template_corpus, the seeds of
// tests/fuzz/template_reader_fuzzer.cpp) in every build: the valid seed reads, each broken one is refused
// with a sentence — none aborts the process.
#include "TemplateArchive.h"
#include "TestSupport.h"

#include <QDir>
#include <catch2/catch.hpp>

using namespace balise;

TEST_CASE("The template reader's corpus: valid seeds read, broken ones are refused", "[template][corpus]")
{
    const QDir corpus(QStringLiteral(BALISE_TEST_DATA_DIR "/template_corpus"));
    const QStringList files = corpus.entryList(QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 10);
    int valid = 0;
    for (const QString& name : files) {
        INFO(name.toStdString());
        // Seeds for the fuzzer's wrapped mode (an odd first byte, then a bare archive) are not files a
        // user would have: as they stand they are refused like any other broken file.
        QString error;
        const auto read = TemplateArchive::read(test::readBytes(corpus.filePath(name)), error);
        if (name.startsWith(QStringLiteral("valid_"))) {
            INFO(error.toStdString());
            CHECK(read.has_value());
            CHECK(error.isEmpty());
            ++valid;
        } else {
            CHECK_FALSE(read.has_value());
            CHECK_FALSE(error.isEmpty());
        }
    }
    CHECK(valid >= 1);
}
