package org.talentflow.app.web;

import org.openqa.selenium.WebElement;

import java.util.List;

/** Where things are in the dashboard's Sankey diagram, from ECharts' own layout, in pixels from the chart's corner. */
final class Sankey {

    private Sankey() {
    }

    static List<Number> nodeCentre(Browser browser, WebElement sankey, String node) {
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.script("const s = echarts.getInstanceByDom(arguments[0]).getModel()"
                + ".getSeriesByIndex(0); const box = s.layoutInfo; const n = s.getGraph().getNodeById(arguments[1]).getLayout();"
                + "return [box.x + n.x + n.dx / 2, box.y + n.y + n.dy / 2];", sankey, node);
        return at;
    }

    /** Middle of a band: the curve is symmetric, so its middle is halfway between its two ends. */
    static List<Number> bandMiddle(Browser browser, WebElement sankey, String from, String to) {
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.script("const s = echarts.getInstanceByDom(arguments[0]).getModel()"
                + ".getSeriesByIndex(0); const box = s.layoutInfo;"
                + "const e = s.getGraph().edges.find(e => e.node1.id === arguments[1] && e.node2.id === arguments[2]);"
                + "const a = e.node1.getLayout(), b = e.node2.getLayout(), l = e.getLayout();"
                + "return [box.x + (a.x + a.dx + b.x) / 2, box.y + (a.y + l.sy + b.y + l.ty + l.dy) / 2];", sankey, from, to);
        return at;
    }
}
