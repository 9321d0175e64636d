package org.steward.report.chart;

import java.util.Locale;

/**
 * A small SVG writer: elements with escaped text and coordinates rounded to one decimal, so charts are
 * compact, well-formed XML (the PDF renderer parses the HTML as XHTML) and identical run to run.
 */
final class Svg {

    private final StringBuilder out = new StringBuilder();

    Svg(double width, double height, String label) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ')
                .append(n(height)).append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">")
                .append("<title>").append(escape(label)).append("</title>");
    }

    static String n(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    Svg line(double x1, double y1, double x2, double y2, String cssClass, String stroke, String dash) {
        out.append("<line class=\"").append(cssClass).append("\" x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1))
                .append("\" x2=\"").append(n(x2)).append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke)
                .append('"');
        if (dash != null) {
            out.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        out.append(" stroke-width=\"1\"/>");
        return this;
    }

    Svg polyline(java.util.List<double[]> points, String cssClass, String stroke, double width, String dash) {
        if (points.isEmpty()) {
            return this;
        }
        out.append("<polyline class=\"").append(cssClass).append("\" fill=\"none\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(n(width)).append('"');
        if (dash != null) {
            out.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        out.append(" points=\"");
        for (int i = 0; i < points.size(); i++) {
            out.append(i == 0 ? "" : " ").append(n(points.get(i)[0])).append(',').append(n(points.get(i)[1]));
        }
        out.append("\"/>");
        return this;
    }

    Svg circle(double x, double y, double r, String cssClass, String fill, String title) {
        out.append("<circle class=\"").append(cssClass).append("\" cx=\"").append(n(x)).append("\" cy=\"").append(n(y))
                .append("\" r=\"").append(n(r)).append("\" fill=\"").append(fill).append("\">");
        out.append("<title>").append(escape(title)).append("</title></circle>");
        return this;
    }

    Svg rect(double x, double y, double width, double height, String cssClass, String fill, String title) {
        out.append("<rect class=\"").append(cssClass).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\" width=\"").append(n(width)).append("\" height=\"").append(n(height)).append("\" fill=\"")
                .append(fill).append("\">");
        out.append("<title>").append(escape(title)).append("</title></rect>");
        return this;
    }

    Svg text(double x, double y, String text, String anchor, String fill, String extra) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" fill=\"").append(fill).append('"');
        if (extra != null) {
            out.append(' ').append(extra);
        }
        out.append('>').append(escape(text)).append("</text>");
        return this;
    }

    String close() {
        return out.append("</svg>").toString();
    }
}
