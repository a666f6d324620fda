#pragma once

#include "TemplateLibrary.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace balise {
struct ProjectData;
} // namespace balise

namespace balise::ui {

// File > Save as template: what of the open project becomes a template (its vade-mecum, framework
// and questionnaire, optionally its services as samples — never measurements or answers), under which
// identifier, title and language, and where it goes: the user's library, or a file to send to another
// territory. A refusal — an identifier a bundled template has, a file that cannot be written — is
// said in the dialog, which stays open; replacing one of the user's templates is confirmed by a
// second OK.
class SaveTemplateDialog : public QDialog
{
    Q_OBJECT

public:
    SaveTemplateDialog(const ProjectData& data, TemplateLibrary library, QWidget* parent = nullptr);
    ~SaveTemplateDialog() override;

    QLineEdit* idEdit() const { return m_id; }
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* languageBox() const { return m_language; }
    QCheckBox* servicesBox() const { return m_services; }
    QRadioButton* toFileButton() const { return m_toFile; }
    QLineEdit* fileEdit() const { return m_file; }
    QString message() const;

    // What OK does: writes the template, or says why not. True when written.
    bool save();
    void accept() override;

    // A template identifier from a title: "Micro-réseau d'énergie" gives "micro-reseau-d-energie".
    static QString idFor(const QString& title);

private:
    void chooseFile();
    void refuse(const QString& message);

    const ProjectData& m_data;
    TemplateLibrary m_library;
    QLineEdit* m_id;
    QLineEdit* m_title;
    QComboBox* m_language;
    QCheckBox* m_services;
    QRadioButton* m_toLibrary;
    QRadioButton* m_toFile;
    QLineEdit* m_file;
    QLabel* m_message;
    QString m_replaceConfirmed; // the id the user agreed to replace with a second OK
    bool m_idEdited = false;
};

} // namespace balise::ui
