/** Uploaded files: content-hash storage outside the database, type by content, metadata stripping, virus scan, access by owner. */
package org.ducha.attachment;
