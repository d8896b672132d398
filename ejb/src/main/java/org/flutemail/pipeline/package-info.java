/**
 * The mail processing pipeline's extension interface: what a filter (spam, virus, rules, delivery)
 * implements to take part in processing.
 *
 * <p>A {@link org.flutemail.pipeline.Matcher} picks some of a mail's recipients; a
 * {@link org.flutemail.pipeline.Mailet} acts on the mail for them. Steps (a matcher and a mailet) are
 * grouped in named processors ({@link org.flutemail.pipeline.ProcessorNames}): every mail starts in
 * {@code root}, a mailet moves it elsewhere by {@link org.flutemail.pipeline.Mail#moveTo(String)} and
 * ends it by {@link org.flutemail.pipeline.Mail#finish()}. When a matcher picks only some recipients,
 * the mail is split and each part goes its own way.
 *
 * <p>Failures: a {@link org.flutemail.pipeline.MailetException} says "this mail cannot be handled"
 * and sends the mail to the processor's error processor; any other exception means "cannot work
 * now" and rolls back the whole run, which the queue then retries.
 *
 * <p>This package is a published interface: keep it small and stable. It depends on the JDK and on
 * the pure-Java {@code org.flutemail.dkim}, {@code org.flutemail.dns} and {@code org.flutemail.disclaimer}
 * packages (keys, look-ups and a domain's disclaimer that mailets are handed), nothing from the container.
 */
package org.flutemail.pipeline;
