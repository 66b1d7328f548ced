package dev.mp4j.bench.compare;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/**
 * Draws the ratios of a comparison as a PNG (JFreeChart, headless): one horizontal bar per
 * compared row, labelled with its ratio and coloured by its verdict, a thin bar over it for the range of ratios its
 * min–max figures allow, a black tick at its target, and a line at 1 (parity). The ratio
 * axis is logarithmic when the ratios and targets span more than a decade.
 */
final class RatioChart {

    private static final Color MEETS = new Color(0x2e7d32);
    private static final Color BELOW = new Color(0xc62828);
    private static final Color NOISY = new Color(0xf9a825);
    private static final Color NO_TARGET = new Color(0x9e9e9e);
    private static final Color RANGE = new Color(0x212121);
    private static final int WIDTH = 1100;
    private static final int HEIGHT_PER_ROW = 30;
    private static final int HEIGHT_FRAME = 190;

    private RatioChart() {}

    /**
     * Draws the compared rows of {@code rows} to {@code png}, replacing it.
     *
     * @return whether there was any ratio to draw (nothing is written otherwise)
     */
    static boolean write(List<Row> rows, Path png, String subtitle) throws IOException {
        List<Row> compared = rows.stream().filter(Row::compared).toList();
        if (compared.isEmpty()) {
            return false;
        }
        // No display is needed, nor wanted, to draw into an image.
        System.setProperty("java.awt.headless", "true");
        JFreeChart chart = new JFreeChart("mp4j against CPython multiprocessing: ratio of medians (above 1, mp4j is better)",
                new Font(Font.SANS_SERIF, Font.BOLD, 16), plot(compared), true);
        chart.addSubtitle(new TextTitle(subtitle, new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
        chart.setBackgroundPaint(Color.WHITE);
        Path dir = png.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        ChartUtils.saveChartAsPNG(png.toFile(), chart, WIDTH, HEIGHT_FRAME + HEIGHT_PER_ROW * compared.size());
        return true;
    }

    private static CategoryPlot plot(List<Row> rows) {
        DefaultCategoryDataset ratios = new DefaultCategoryDataset();
        DefaultCategoryDataset targets = new DefaultCategoryDataset();
        Number[][] lows = new Number[1][rows.size()];
        Number[][] highs = new Number[1][rows.size()];
        Paint[] paints = new Paint[rows.size()];
        String[] names = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            // The figure goes in the label, where no bar, range or tick can cover it.
            names[i] = String.format(Locale.ROOT, "%s  %.2f", r.workload().row(), r.ratio());
            ratios.addValue(r.ratio(), "ratio", names[i]);
            targets.addValue(Double.isNaN(r.workload().target()) ? null : r.workload().target(), "target", names[i]);
            lows[0][i] = r.ratioLow();
            highs[0][i] = r.ratioHigh();
            paints[i] = paint(r);
        }
        CategoryPlot plot = new CategoryPlot();
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDomainAxis(new CategoryAxis());
        plot.setRangeAxis(ratioAxis(rows));
        plot.setDataset(0, ratios);
        plot.setRenderer(0, bars(paints));
        plot.setDataset(1, new DefaultIntervalCategoryDataset(new String[] {"range"}, names, lows, highs));
        plot.setRenderer(1, ranges(rows.size()));
        plot.setDataset(2, targets);
        plot.setRenderer(2, targetTicks());
        // Bars first, then their ranges, then the target ticks on top.
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        ValueMarker parity = new ValueMarker(1.0, Color.DARK_GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 1f, new float[] {4f, 4f}, 0f));
        plot.addRangeMarker(parity, Layer.BACKGROUND);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setFixedLegendItems(legend());
        return plot;
    }

    private static ValueAxis ratioAxis(List<Row> rows) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (Row r : rows) {
            for (double v : new double[] {r.ratio(), r.ratioLow(), r.ratioHigh(), r.workload().target()}) {
                if (v > 0) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        lo = Math.min(lo, 1);
        hi = Math.max(hi, 1);
        if (hi / lo <= 10) {
            NumberAxis axis = new NumberAxis("ratio");
            axis.setRange(0, hi * 1.15);
            return axis;
        }
        LogAxis axis = new LogAxis("ratio (log scale)");
        axis.setBase(10);
        axis.setSmallestValue(lo / 2);
        axis.setRange(lo / 1.5, hi * 1.5);
        axis.setNumberFormatOverride(new DecimalFormat("0.###"));
        // One labelled tick a decade; the row labels carry the figures.
        axis.setTickUnit(new NumberTickUnit(1));
        axis.setMinorTickCount(9);
        axis.setMinorTickMarksVisible(true);
        return axis;
    }

    private static BarRenderer bars(Paint[] paints) {
        BarRenderer bars = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return paints[column];
            }
        };
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0);
        return bars;
    }

    private static IntervalBarRenderer ranges(int rowCount) {
        IntervalBarRenderer ranges = new IntervalBarRenderer();
        ranges.setBarPainter(new StandardBarPainter());
        ranges.setShadowVisible(false);
        ranges.setSeriesPaint(0, RANGE);
        // A few pixels thick, whatever the number of rows: the width is a fraction of the axis.
        ranges.setMaximumBarWidth(3.0 / (HEIGHT_PER_ROW * rowCount));
        return ranges;
    }

    private static LineAndShapeRenderer targetTicks() {
        LineAndShapeRenderer ticks = new LineAndShapeRenderer(false, true);
        ticks.setSeriesShape(0, tick());
        ticks.setSeriesPaint(0, Color.BLACK);
        return ticks;
    }

    // Across the bar: on a horizontal plot, a tall thin shape.
    private static Rectangle2D tick() {
        return new Rectangle2D.Double(-2, -11, 4, 22);
    }

    private static Paint paint(Row r) {
        if (r.noisy()) {
            return NOISY;
        }
        return switch (r.verdict()) {
            case MEETS -> MEETS;
            case BELOW -> BELOW;
            case NO_TARGET, NOT_COMPARED -> NO_TARGET;
        };
    }

    private static LegendItemCollection legend() {
        LegendItemCollection items = new LegendItemCollection();
        items.add(new LegendItem("meets its target", MEETS));
        items.add(new LegendItem("below its target", BELOW));
        items.add(new LegendItem("noisy: the min–max range holds the target", NOISY));
        items.add(new LegendItem("no target", NO_TARGET));
        items.add(new LegendItem("min–max range of the ratio", RANGE));
        LegendItem target = new LegendItem("target", null, null, null, new Rectangle2D.Double(-1.5, -6, 3, 12), Color.BLACK);
        items.add(target);
        return items;
    }
}
