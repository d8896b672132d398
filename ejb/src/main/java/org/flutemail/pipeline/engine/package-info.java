/**
 * Runs mails through processors of steps. Pure Java, no container types: the pipeline is unit-tested
 * with a hand-made {@code MailetContext}. Depends only on {@code org.flutemail.pipeline}.
 */
package org.flutemail.pipeline.engine;
