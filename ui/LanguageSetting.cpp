#include "LanguageSetting.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>

namespace balise::ui {
namespace {

const auto languageKey = QStringLiteral("workbench/language");

} // namespace

QString LanguageSetting::stored()
{
    const QString language = QSettings().value(languageKey).toString();
    return language == QLatin1String("fr") || language == QLatin1String("en") ? language : QString();
}

void LanguageSetting::store(const QString& language)
{
    QSettings().setValue(languageKey, language);
}

QString LanguageSetting::atStartUp()
{
    const QString forced = qEnvironmentVariable("BALISE_LANG");
    return forced.isEmpty() ? stored() : forced;
}

void LanguageSetting::choose(QWidget* parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Settings"));
    auto* language = new QComboBox(&dialog);
    language->addItem(tr("The system's language"), QString());
    // Each language named in itself, so that it can be found whatever the current one.
    language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language->setCurrentIndex(language->findData(stored()));
    auto* note = new QLabel(tr("The language applies when Balise is next started."), &dialog);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Language:"), language);
    form->addRow(note);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        store(language->currentData().toString());
}

} // namespace balise::ui
