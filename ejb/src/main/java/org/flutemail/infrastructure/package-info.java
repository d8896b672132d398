/**
 * Where Flute meets the platform: JPA repositories, the blob store on disk, the broker's queues and
 * their consumers, the resource adapter's endpoint, and start-up work. Each platform API is used
 * here, behind an interface the application layer defines.
 */
package org.flutemail.infrastructure;
