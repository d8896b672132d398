/**
 * Message content on disk. {@link org.flutemail.infrastructure.blob.FileBlobStore} implements the
 * domain's {@code BlobStore} contract; {@link org.flutemail.infrastructure.blob.BlobStoreProducer}
 * makes the one instance the application uses, under the server's data directory.
 */
package org.flutemail.infrastructure.blob;
