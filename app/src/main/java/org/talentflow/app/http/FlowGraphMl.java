package org.talentflow.app.http;

import org.talentflow.analytics.Flow;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flows as a GraphML graph for Gephi, yEd or networkx: organizations are nodes, each flow a directed edge with its
 * weight (people who moved) and their names. The StAX writer escapes markup; characters XML 1.0 cannot hold at all
 * (control characters an article may carry) are dropped.
 */
final class FlowGraphMl {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private FlowGraphMl() {
    }

    static String of(List<Flow> flows) {
        Map<String, String> nodes = new LinkedHashMap<>();
        for (Flow f : flows) {
            nodes.computeIfAbsent(f.from(), k -> "n" + nodes.size());
            nodes.computeIfAbsent(f.to(), k -> "n" + nodes.size());
        }
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            key(xml, "label", "node", "label", "string");
            key(xml, "weight", "edge", "weight", "double");
            key(xml, "people", "edge", "people", "string");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "talent-flows");
            xml.writeAttribute("edgedefault", "directed");
            for (Map.Entry<String, String> node : nodes.entrySet()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", node.getValue());
                data(xml, "label", node.getKey());
                xml.writeEndElement();
            }
            int edge = 0;
            for (Flow f : flows) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + edge++);
                xml.writeAttribute("source", nodes.get(f.from()));
                xml.writeAttribute("target", nodes.get(f.to()));
                data(xml, "weight", Integer.toString(f.moves()));
                data(xml, "people", String.join("; ", f.people()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
        return out.toString();
    }

    private static void key(XMLStreamWriter xml, String id, String kind, String name, String type) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", kind);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(xmlSafe(value));
        xml.writeEndElement();
    }

    /** Only the characters XML 1.0 allows: tab, newline, carriage return, and from U+0020 on (no lone surrogates). */
    static String xmlSafe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF))
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
