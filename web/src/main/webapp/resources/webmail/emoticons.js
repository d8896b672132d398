// Puts an emoticon at the cursor of the compose screen's rich-text editor (PrimeFaces TextEditor is
// Quill underneath); without a cursor it goes at the end, so a click never loses it.
var FluteEmoticons = {
    insert: function (button) {
        var widget = PF('htmlEditor');
        var quill = widget && widget.editor;
        if (!quill) {
            return;
        }
        var text = button.getAttribute('data-emoticon');
        var range = quill.getSelection(true);
        var at = range ? range.index : Math.max(0, quill.getLength() - 1);
        quill.insertText(at, text, 'user');
        quill.setSelection(at + text.length, 0, 'user');
    }
};
