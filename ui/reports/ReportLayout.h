#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <memory>
#include <vector>

class QCPPainter;
class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace balise::ui {

struct ReportPage; // ReportPage.h

// A piece of a printed report that keeps together on a page. Sizes are in points (1/72 inch): the
// layout scales the painter from points to the device, so a block draws the same on a 1200 dpi PDF,
// a printer and the print preview. Fonts must therefore be pixel-sized (ReportStyle does it), since
// point-sized fonts would be scaled twice. Blocks paint with a QCPPainter (a QPainter) so that charts
// can draw into the page.
class ReportBlock
{
public:
    virtual ~ReportBlock() = default;
    virtual double height(double width) const = 0;
    virtual void paint(QCPPainter& painter, const QRectF& area) const = 0;
    // A heading goes to the next page with the block after it rather than alone at a page's foot.
    bool keepWithNext = false;
    // Tables are runs of row blocks after a header block: a run that goes on to a new page gets its
    // header again at the top of that page.
    enum class Role
    {
        Other,
        TableHeader,
        TableRow,
        PageBreak
    };
    Role role = Role::Other;
    // A heading listed in the table of contents, with the page it lands on.
    QString contentsEntry;
    int contentsLevel = 1;
};

// Where each heading of the contents landed, filled by ReportLayout before painting.
struct ReportContents
{
    struct Entry
    {
        QString text;
        int level = 1;
        int page = 0; // 1-based
    };
    QList<Entry> entries;
};

// What every page of a report carries: the territory and title in the header, the date, and in the
// footer what the report is and "page X of N".
struct ReportFrame
{
    QString territory;
    QString title;
    QString kind; // "Scorecard", "Comparison"…
    QDate date;
};

// Lays blocks out on A4 pages, top to bottom, a block that does not fit starting a new page, then
// paints them with each page's header and footer. Owns its blocks.
class ReportLayout
{
    Q_DECLARE_TR_FUNCTIONS(ReportLayout)

public:
    explicit ReportLayout(ReportFrame frame);
    ~ReportLayout();

    void add(std::unique_ptr<ReportBlock> block);
    template <typename Block, typename... Args> Block& emplace(Args&&... args)
    {
        auto block = std::make_unique<Block>(std::forward<Args>(args)...);
        Block& ref = *block;
        add(std::move(block));
        return ref;
    }
    // Starts a new page (unless the current one is still empty), landscape for what follows when a
    // wide table needs it; portrait again at the next pageBreak().
    void pageBreak(bool landscape = false);
    // A table of contents here, listing the headings added after it (and before) that name an entry.
    void addContents();

    // The width blocks are given, in points (A4 less the margins).
    static double contentWidth(bool landscape = false);
    // Lays out and paints on `device` (a QPdfWriter or a QPrinter, set to A4 portrait here). Returns
    // the number of pages, 0 when the device could not be painted on.
    int print(QPagedPaintDevice& device) const;
    // Lays out and records every page as print() paints it, each with its own orientation: a
    // QPrinter in preview mode cannot turn a page, so the preview draws these instead.
    std::vector<ReportPage> record() const;

private:
    struct Placed
    {
        const ReportBlock* block;
        int page;
        double top;
        double height;
    };
    // Blocks placed on pages; `landscape` receives each page's orientation.
    std::vector<Placed> place(std::vector<bool>& landscape) const;
    // place(), with the contents' entries and their pages filled in.
    std::vector<Placed> paginate(std::vector<bool>& landscape) const;
    // One page in points: its header and footer, then its blocks.
    void paintPage(QCPPainter& painter, const std::vector<Placed>& placed, int page, int pages, bool landscape) const;
    void paintFrame(QPainter& painter, int page, int pages, bool landscape) const;

    ReportFrame m_frame;
    std::shared_ptr<ReportContents> m_contents; // shared with the contents block; null: none
    std::vector<std::unique_ptr<ReportBlock>> m_blocks;
};

} // namespace balise::ui
