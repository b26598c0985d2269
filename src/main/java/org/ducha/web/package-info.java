/** Web infrastructure without domain: layout, navigation by role, home page, error pages and problem details, locale. */
package org.ducha.web;
