package org.talentflow.analytics;

/** Flows counted between top-level organizations, or between units where the text names one. */
public enum FlowLevel { PARENT, UNIT }
