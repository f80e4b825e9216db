package org.talentflow.app.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The web pages: plain files under /web on the class path, and ECharts from its Maven Central package (the npm
 * package as a jar, org.mvnpm:echarts), so the dashboard works with no internet and nothing comes from a CDN.
 */
final class WebUi {

    static final String ECHARTS_PATH = "/vendor/echarts/echarts.min.js";

    private static final String ECHARTS_POM = "/META-INF/maven/org.mvnpm/echarts/pom.properties";

    private WebUi() {
    }

    static void files(JavalinConfig cfg) {
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/web";
            files.location = Location.CLASSPATH;
        });
    }

    /**
     * ECharts' bundle, read once. A route rather than a static folder: the jar has no directory entries, which
     * Javalin's class-path folders need.
     */
    static void echarts(Javalin app) {
        byte[] bundle = resource("/META-INF/resources/_static/echarts/" + echartsVersion() + "/dist/echarts.min.js");
        app.get(ECHARTS_PATH, ctx -> ctx.contentType("text/javascript; charset=utf-8")
                .header("Cache-Control", "max-age=86400").result(bundle));
    }

    /** The version of the ECharts jar on the class path: its files sit in a folder named after it. */
    static String echartsVersion() {
        Properties pom = new Properties();
        try (InputStream in = WebUi.class.getResourceAsStream(ECHARTS_POM)) {
            if (in == null) {
                throw new IllegalStateException("ECharts (org.mvnpm:echarts) is not on the class path");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ECHARTS_POM, e);
        }
        return pom.getProperty("version");
    }

    private static byte[] resource(String path) {
        try (InputStream in = WebUi.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing on the class path: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
