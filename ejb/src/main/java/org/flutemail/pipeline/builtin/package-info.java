/**
 * The matchers and mailets Flute ships, and {@link org.flutemail.pipeline.builtin.StandardPipeline},
 * the processors they make up. Depends only on {@code org.flutemail.pipeline} and its engine.
 */
package org.flutemail.pipeline.builtin;
