//! Element names the extractor cares about, and how each one behaves in the tree and in the text.

/// An HTML element name, interned: the names that matter get a variant, the rest are `Other`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tag {
    A,
    Address,
    Article,
    Aside,
    Blockquote,
    Body,
    Br,
    Button,
    Canvas,
    Dd,
    Details,
    Dialog,
    Div,
    Dl,
    Dt,
    Figcaption,
    Figure,
    Footer,
    Form,
    H(u8),
    Head,
    Header,
    Hr,
    Html,
    Iframe,
    Img,
    Input,
    Label,
    Li,
    Link,
    Main,
    Math,
    Menu,
    Meta,
    Nav,
    Noscript,
    Object,
    Ol,
    Option,
    P,
    Pre,
    Script,
    Section,
    Select,
    Style,
    Svg,
    Table,
    Td,
    Template,
    Textarea,
    Th,
    Time,
    Title,
    Tr,
    Ul,
    /// Any element with no variant of its own (inline by default).
    Other,
    /// A void element with no variant of its own (`area`, `source`, `wbr`, ...).
    OtherVoid,
}

impl Tag {
    /// Interns a lower-case element name.
    pub(crate) fn from_name(name: &[u8]) -> Tag {
        match name {
            b"a" => Tag::A,
            b"address" => Tag::Address,
            b"article" => Tag::Article,
            b"aside" => Tag::Aside,
            b"blockquote" => Tag::Blockquote,
            b"body" => Tag::Body,
            b"br" => Tag::Br,
            b"button" => Tag::Button,
            b"canvas" => Tag::Canvas,
            b"dd" => Tag::Dd,
            b"details" => Tag::Details,
            b"dialog" => Tag::Dialog,
            b"div" => Tag::Div,
            b"dl" => Tag::Dl,
            b"dt" => Tag::Dt,
            b"figcaption" => Tag::Figcaption,
            b"figure" => Tag::Figure,
            b"footer" => Tag::Footer,
            b"form" => Tag::Form,
            b"h1" => Tag::H(1),
            b"h2" => Tag::H(2),
            b"h3" => Tag::H(3),
            b"h4" => Tag::H(4),
            b"h5" => Tag::H(5),
            b"h6" => Tag::H(6),
            b"head" => Tag::Head,
            b"header" => Tag::Header,
            b"hr" => Tag::Hr,
            b"html" => Tag::Html,
            b"iframe" => Tag::Iframe,
            b"img" => Tag::Img,
            b"input" => Tag::Input,
            b"label" => Tag::Label,
            b"li" => Tag::Li,
            b"link" => Tag::Link,
            b"main" => Tag::Main,
            b"math" => Tag::Math,
            b"menu" => Tag::Menu,
            b"meta" => Tag::Meta,
            b"nav" => Tag::Nav,
            b"noscript" => Tag::Noscript,
            b"object" | b"embed" => Tag::Object,
            b"ol" => Tag::Ol,
            b"option" => Tag::Option,
            b"p" => Tag::P,
            b"pre" => Tag::Pre,
            b"script" => Tag::Script,
            b"section" => Tag::Section,
            b"select" => Tag::Select,
            b"style" => Tag::Style,
            b"svg" => Tag::Svg,
            b"table" => Tag::Table,
            b"td" => Tag::Td,
            b"template" => Tag::Template,
            b"textarea" => Tag::Textarea,
            b"th" => Tag::Th,
            b"time" => Tag::Time,
            b"title" => Tag::Title,
            b"tr" => Tag::Tr,
            b"ul" => Tag::Ul,
            b"area" | b"base" | b"col" | b"param" | b"source" | b"track" | b"wbr" | b"keygen" => {
                Tag::OtherVoid
            }
            _ => Tag::Other,
        }
    }

    /// Void elements never have children and are never pushed on the open-element stack.
    pub(crate) fn is_void(self) -> bool {
        matches!(
            self,
            Tag::Br | Tag::Hr | Tag::Img | Tag::Input | Tag::Link | Tag::Meta | Tag::OtherVoid
        )
    }

    /// Elements whose start closes an open `<p>` (HTML's "close a p element").
    pub(crate) fn closes_p(self) -> bool {
        matches!(
            self,
            Tag::Address
                | Tag::Article
                | Tag::Aside
                | Tag::Blockquote
                | Tag::Details
                | Tag::Dialog
                | Tag::Div
                | Tag::Dl
                | Tag::Figcaption
                | Tag::Figure
                | Tag::Footer
                | Tag::Form
                | Tag::H(_)
                | Tag::Header
                | Tag::Hr
                | Tag::Main
                | Tag::Menu
                | Tag::Nav
                | Tag::Ol
                | Tag::P
                | Tag::Pre
                | Tag::Section
                | Tag::Table
                | Tag::Ul
        )
    }

    /// Elements that start a new block of text (as opposed to inline elements).
    pub(crate) fn is_block(self) -> bool {
        self.closes_p()
            || matches!(
                self,
                Tag::Body
                    | Tag::Br
                    | Tag::Dd
                    | Tag::Dt
                    | Tag::Html
                    | Tag::Li
                    | Tag::Td
                    | Tag::Th
                    | Tag::Tr
                    | Tag::Option
                    | Tag::Select
                    | Tag::Textarea
            )
    }

    /// Elements never part of an article's text, whatever their attributes.
    pub(crate) fn is_never_content(self) -> bool {
        matches!(
            self,
            Tag::Aside
                | Tag::Button
                | Tag::Canvas
                | Tag::Dialog
                | Tag::Figcaption
                | Tag::Figure
                | Tag::Footer
                | Tag::Head
                | Tag::Header
                | Tag::Iframe
                | Tag::Input
                | Tag::Label
                | Tag::Math
                | Tag::Menu
                | Tag::Nav
                | Tag::Noscript
                | Tag::Object
                | Tag::Option
                | Tag::Script
                | Tag::Select
                | Tag::Style
                | Tag::Svg
                | Tag::Template
                | Tag::Textarea
                | Tag::Title
        )
    }

    /// Elements that bound the search for an open element to close (table cells, lists).
    pub(crate) fn is_scope_boundary(self) -> bool {
        matches!(
            self,
            Tag::Html | Tag::Table | Tag::Td | Tag::Th | Tag::Template | Tag::Svg | Tag::Math
        )
    }
}
