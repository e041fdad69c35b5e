// SPDX-License-Identifier: GPL-3.0-or-later
// The Qt Linguist files in translations/: every entry finished, plural forms as the language
// needs them, placeholders, HTML tags and mnemonics kept, and nothing missing or stale
// compared with the sources (lupdate is run into a temporary copy with the team's flags).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;      // "", "unfinished", "obsolete", "vanished"
    QStringList forms; // one entry for a plain translation
    QString key() const { return context + QLatin1Char('|') + comment + QLatin1Char('|') + source; }
};

QList<Message> readTs(const QString &path, QString *language)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{};
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement()) {
                    m.forms << xml.readElementText();
                }
            } else {
                m.forms << xml.readElementText();
            }
            messages << m;
        }
    }
    if (xml.hasError()) {
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
        messages.clear();
    }
    return messages;
}

QString sourceDir()
{
    return QStringLiteral(EVB_SOURCE_DIR);
}

QStringList tsFiles(const QString &dir)
{
    QStringList files = QDir(dir).entryList({QStringLiteral("encrypted-vm-backup_*.ts")});
    for (QString &f : files) {
        f = dir + QLatin1Char('/') + f;
    }
    return files;
}

// Plural forms per language, as lrelease's rules define them.
int formsFor(const QString &language)
{
    static const QHash<QString, int> forms = {
        {QStringLiteral("en"), 2}, {QStringLiteral("de"), 2}, {QStringLiteral("ja"), 1}};
    return forms.value(language, -1);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList matches(const QRegularExpression &re, const QString &text)
{
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        found << it.next().captured();
    }
    return found;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    return sorted(matches(re, text));
}

QStringList tags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("<[^<>\\s][^<>]*>"));
    return sorted(matches(re, text));
}

// A mnemonic is one '&' before a character; "&&" is a literal ampersand, "& " is prose.
int mnemonics(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?<!&)&[^&\\s]"));
    return int(matches(re, text).size());
}

// Literals handed straight to a user-visible text without tr(). Complements the runtime check
// in tst_UntranslatedStrings, which only sees the texts a window shows when it opens.
QStringList unwrappedLiterals(const QString &code)
{
    static const QRegularExpression call(QStringLiteral(
        "\\b(?:setText|setWindowTitle|setPlaceholderText|setToolTip|setStatusTip|setWhatsThis|"
        "setAccessibleName|setAccessibleDescription|setTitle|setSubTitle|setButtonText|"
        "setLabelText|showMessage|setTabText|addTab|addAction|addMenu|setSpecialValueText|"
        "setSuffix|setPrefix|setHeaderLabels|(?:new\\s+Q(?:Label|PushButton|CheckBox|RadioButton|"
        "GroupBox|ToolButton|Action|Menu)))\\(\\s*(?:[\\w:]+,\\s*)?"
        "(?:(?:QStringLiteral|QLatin1String|QString::fromLatin1|QString::fromUtf8)\\(\\s*)?"
        "u?\"((?:[^\"\\\\]|\\\\.)*)\""));
    static const QRegularExpression letters(QStringLiteral("\\p{L}{2,}"));
    static const QRegularExpression markup(QStringLiteral("<[^<>]*>"));
    // Data, not prose: default names of Azure resources a user may keep.
    static const QStringList data = {QStringLiteral("vnet-apps-eastus"), QStringLiteral("default")};
    QStringList found;
    for (auto it = call.globalMatch(code); it.hasNext();) {
        const QString literal = it.next().captured(1);
        QString prose = literal;
        prose.remove(markup); // "<a href=\"%1\">%2</a>" holds no words of its own
        if (letters.match(prose).hasMatch() && !data.contains(literal)) {
            found << literal;
        }
    }
    return found;
}
} // namespace

class tst_TranslationFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languagesPresent();
    void entriesFinishedAndConsistent_data();
    void entriesFinishedAndConsistent();
    void upToDateWithSources();
    void checksCatchBrokenEntries();
    void sourcesWrapUserVisibleLiterals();

private:
    static QStringList problemsOf(const QList<Message> &messages, const QString &language,
                                  bool sourceLanguage);
};

QStringList tst_TranslationFiles::problemsOf(const QList<Message> &messages,
                                             const QString &language, bool sourceLanguage)
{
    QStringList problems;
    const int forms = formsFor(language);
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source;
        if (!m.type.isEmpty()) {
            problems << m.type + QStringLiteral(": ") + where;
            continue;
        }
        if (sourceLanguage && !m.numerus) {
            problems << QStringLiteral("source language file holds a non-plural entry: ") + where;
        }
        if (m.numerus && m.forms.size() != forms) {
            problems << QStringLiteral("%1 plural forms instead of %2: ")
                                .arg(m.forms.size())
                                .arg(forms) +
                            where;
        }
        for (int i = 0; i < m.forms.size(); ++i) {
            const QString &t = m.forms.at(i);
            if (t.isEmpty()) {
                problems << QStringLiteral("empty: ") + where;
                continue;
            }
            QStringList expected = placeholders(m.source);
            // A singular form may spell the number out ("Jede Stunde").
            if (m.numerus && i + 1 < m.forms.size() && !t.contains(QLatin1String("%n"))) {
                expected.removeAll(QStringLiteral("%n"));
            }
            if (placeholders(t) != expected) {
                problems << QStringLiteral("placeholders differ: ") + where +
                                QStringLiteral(" → ") + t;
            }
            if (tags(t) != tags(m.source)) {
                problems << QStringLiteral("HTML tags differ: ") + where + QStringLiteral(" → ") +
                                t;
            }
            if (mnemonics(t) != mnemonics(m.source)) {
                problems << QStringLiteral("mnemonic count differs: ") + where +
                                QStringLiteral(" → ") + t;
            }
        }
    }
    return problems;
}

void tst_TranslationFiles::languagesPresent()
{
    const QStringList files = tsFiles(sourceDir() + QStringLiteral("/translations"));
    QStringList languages;
    for (const QString &f : files) {
        QString language;
        QVERIFY2(!readTs(f, &language).isEmpty(), qPrintable(f));
        languages << language;
    }
    for (const char *wanted : {"en", "de", "ja"}) {
        QVERIFY2(languages.contains(QLatin1String(wanted)), wanted);
    }
}

void tst_TranslationFiles::entriesFinishedAndConsistent_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &f : tsFiles(sourceDir() + QStringLiteral("/translations"))) {
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }
}

void tst_TranslationFiles::entriesFinishedAndConsistent()
{
    QFETCH(QString, file);
    QString language;
    const QList<Message> messages = readTs(file, &language);
    QVERIFY(!messages.isEmpty());
    QVERIFY2(formsFor(language) > 0,
             qPrintable(QStringLiteral("no plural rule known for ") + language));
    const QStringList problems = problemsOf(messages, language, language == QLatin1String("en"));
    QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

void tst_TranslationFiles::upToDateWithSources()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess lupdate;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LUPDATE"), QStringLiteral(EVB_LUPDATE));
    lupdate.setProcessEnvironment(env);
    lupdate.start(QStringLiteral("bash"),
                  {sourceDir() + QStringLiteral("/tools/update-translations.sh"),
                   QStringLiteral("--output"), dir.path()});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit &&
                 (lupdate.exitCode() == 0 || lupdate.exitCode() == 1),
             lupdate.readAllStandardError().constData());

    const QStringList committed = tsFiles(sourceDir() + QStringLiteral("/translations"));
    QCOMPARE(tsFiles(dir.path()).size(), committed.size());
    QStringList problems;
    for (const QString &f : committed) {
        QString language;
        QSet<QString> before, after;
        for (const Message &m : readTs(f, &language)) {
            before << m.key();
        }
        for (const Message &m :
             readTs(dir.path() + QLatin1Char('/') + QFileInfo(f).fileName(), &language)) {
            after << m.key();
        }
        QVERIFY(!after.isEmpty());
        for (const QString &k : after - before) {
            problems << QFileInfo(f).fileName() + QStringLiteral(": new in the sources: ") + k;
        }
        for (const QString &k : before - after) {
            problems << QFileInfo(f).fileName() + QStringLiteral(": no longer in the sources: ") +
                            k;
        }
    }
    problems.sort();
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("\nRun tools/update-translations.sh and translate:\n") +
                        problems.join(QLatin1Char('\n'))));
}

// The checks above must be able to fail.
void tst_TranslationFiles::checksCatchBrokenEntries()
{
    Message ok{QStringLiteral("C"),
               QStringLiteral("&Save %1 <b>now</b>"),
               {},
               false,
               {},
               {QStringLiteral("%1 <b>jetzt</b> &speichern")}};
    QVERIFY(problemsOf({ok}, QStringLiteral("de"), false).isEmpty());

    Message unfinished = ok;
    unfinished.type = QStringLiteral("unfinished");
    Message lostPlaceholder = ok;
    lostPlaceholder.forms = {QStringLiteral("<b>jetzt</b> &speichern")};
    Message lostTag = ok;
    lostTag.forms = {QStringLiteral("%1 jetzt &speichern")};
    Message lostMnemonic = ok;
    lostMnemonic.forms = {QStringLiteral("%1 <b>jetzt</b> speichern")};
    Message plural{QStringLiteral("C"),       QStringLiteral("%n VM(s)"), {}, true, {},
                   {QStringLiteral("%n VMs")}};
    for (const Message &bad : {unfinished, lostPlaceholder, lostTag, lostMnemonic, plural}) {
        QCOMPARE(problemsOf({bad}, QStringLiteral("de"), false).size(), 1);
    }
    QVERIFY(problemsOf({plural}, QStringLiteral("ja"), false).isEmpty());
    QCOMPARE(problemsOf({ok}, QStringLiteral("en"), true).size(), 1); // not a plural entry
}

void tst_TranslationFiles::sourcesWrapUserVisibleLiterals()
{
    // The scan itself must see a plain literal and let tr() and data through.
    QCOMPARE(unwrappedLiterals(
                 QStringLiteral("l->setText(QStringLiteral(\"Plain words\"));\n"
                                "b = new QPushButton(\"Go now\", this);\n"
                                "l->setText(tr(\"Wrapped\"));\n"
                                "s->setText(QStringLiteral(\"default\"));\n"
                                "t->setToolTip(QStringLiteral(\"%1 · %2\"));\n"
                                "u->setText(QStringLiteral(\"<a href=\\\"%1\\\">%1</a>\"));")),
             QStringList({QStringLiteral("Plain words"), QStringLiteral("Go now")}));

    QStringList problems;
    for (const char *dir : {"app", "ui"}) {
        QDirIterator it(sourceDir() + QLatin1Char('/') + QLatin1String(dir),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            for (const QString &literal : unwrappedLiterals(QString::fromUtf8(file.readAll()))) {
                problems << QDir(sourceDir()).relativeFilePath(file.fileName()) +
                                QStringLiteral(": \"") + literal + QLatin1Char('"');
            }
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("\nWrap in tr():\n") + problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_TranslationFiles)
#include "tst_TranslationFiles.moc"
