package org.talentflow.app.web;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A test class that drives a real Chromium: run when TALENTFLOW_BROWSER_TESTS=1, skipped with this reason otherwise. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfEnvironmentVariable(named = "TALENTFLOW_BROWSER_TESTS", matches = "1",
        disabledReason = "browser tests are off: set TALENTFLOW_BROWSER_TESTS=1 with Debian's chromium and chromium-driver installed")
@interface BrowserTest {
}
