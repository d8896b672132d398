package org.flutemail.pipeline;

/** Acts on a mail: adds a header, rewrites recipients, stores it, moves it to another processor. */
@FunctionalInterface
public interface Mailet {

    void service(Mail mail, MailetContext context) throws MailetException;
}
